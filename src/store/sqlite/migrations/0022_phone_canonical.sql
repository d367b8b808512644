-- Issue 20 item 5: phone numbers in one canonical form, +62... (E.164). Until now the form and the
-- import stored the national form 08... (core normalize_phone); those numbers become +628...
-- here, once, so that every reader (the worker's page, exports, the import's "unchanged"
-- comparison, messages to workers) sees one form. A value that is not a valid national mobile
-- number (none should exist: every write validated it) is left as it is, for a person to correct.
-- The worker's version is not bumped: the number is the same, only written otherwise.
UPDATE pekerja SET no_hp = '+62' || substr(no_hp, 2)
 WHERE no_hp GLOB '08[1-9]*' AND no_hp NOT GLOB '*[^0-9]*' AND length(no_hp) BETWEEN 10 AND 13;
