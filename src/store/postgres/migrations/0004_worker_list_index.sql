-- PostgreSQL dialect of src/store/sqlite/migrations/0004_worker_list_index.sql.
-- Lists of an area sorted by name (the default) read (kelurahan, name, id) from this index and
-- sort those small tuples, instead of whole rows.
CREATE INDEX pekerja_wilayah_nama ON pekerja (kode_kelurahan, lower(nama));
