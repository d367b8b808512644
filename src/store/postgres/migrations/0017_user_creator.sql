-- Issue 16 item 4: who created each account. Two-person rules (maker-checker, a claim's decision
-- and its payout) count an account an admin created as that admin; accounts made before this
-- migration, from the CLI or by the demo have none ('').
ALTER TABLE pengguna ADD COLUMN dibuat_oleh TEXT NOT NULL DEFAULT '';
