-- PostgreSQL dialect of src/store/sqlite/migrations/0022_phone_canonical.sql (which explains why).
-- Issue 20 item 5: valid national mobile numbers 08... become +628...; anything else is left for a
-- person to correct; the worker's version is not bumped.
UPDATE pekerja SET no_hp = '+62' || substr(no_hp, 2)
 WHERE no_hp ~ '^08[1-9][0-9]{7,10}$';
