PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE skema_migrasi (versi INTEGER PRIMARY KEY, nama TEXT NOT NULL, diterapkan TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
INSERT INTO skema_migrasi VALUES(1,'0001_registry.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(2,'0002_accounts.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(3,'0003_intake.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(4,'0004_worker_list_index.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(5,'0005_funding.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(6,'0006_billing.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(7,'0007_bpjs_cards.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(8,'0008_claims.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(9,'0009_jakon.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(11,'0011_status_summary.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(12,'0012_billing_ledger_index.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(13,'0013_holidays.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(14,'0014_audit_area.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(15,'0015_bpjs_active_area.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(16,'0016_pending_changes.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(17,'0017_user_creator.sql','2026-12-06T18:40:24Z');
INSERT INTO skema_migrasi VALUES(19,'0019_otp.sql','2026-12-06T18:40:24Z');
CREATE TABLE wilayah (
  kode      TEXT PRIMARY KEY,
  tingkat   TEXT NOT NULL CHECK (tingkat IN ('provinsi', 'kota', 'kecamatan', 'kelurahan')),
  nama      TEXT NOT NULL,
  induk     TEXT REFERENCES wilayah (kode),
  kode_bps  TEXT NOT NULL DEFAULT '',
  lat       REAL,
  lng       REAL
);
INSERT INTO wilayah VALUES('15','provinsi','Jambi',NULL,'',NULL,NULL);
INSERT INTO wilayah VALUES('15.01','kota','Kabupaten Kerinci','15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.01','kecamatan','Gunung Raya','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.01.1004','kelurahan','Lempur Tengah','15.01.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.01.2001','kelurahan','Selam Paung','15.01.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.01.2002','kelurahan','Air Mumu','15.01.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.01.2003','kelurahan','Lempur Mudik','15.01.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.01.2005','kelurahan','Masgo','15.01.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.01.2006','kelurahan','Lempur Hilir','15.01.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.01.2011','kelurahan','Kebun Baru','15.01.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.01.2012','kelurahan','Perikan Tengah','15.01.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.01.2013','kelurahan','Dusun Baru Lempur','15.01.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.01.2016','kelurahan','Sungaihangat','15.01.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.01.2018','kelurahan','Manjunto Lempur','15.01.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.01.2019','kelurahan','Kebun Lima','15.01.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.02','kecamatan','Danau Kerinci','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.02.2001','kelurahan','Sanggaran Agung','15.01.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.02.2002','kelurahan','Kota Baru Sanggaran Agung','15.01.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.02.2003','kelurahan','Pendung Talang Genting','15.01.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.02.2004','kelurahan','Seleman','15.01.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.02.2005','kelurahan','Tebing Tinggi','15.01.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.02.2006','kelurahan','Cupak','15.01.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.02.2007','kelurahan','Tanjungtanah','15.01.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.02.2008','kelurahan','Koto Tengah','15.01.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.02.2013','kelurahan','Simpang Empat','15.01.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.02.2014','kelurahan','Talang Kemulun','15.01.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.02.2015','kelurahan','Dusun Baru Tanjung Tanah','15.01.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.02.2016','kelurahan','Pasar Sore Seleman','15.01.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.02.2018','kelurahan','Tanjungharapan','15.01.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.04','kecamatan','Sitinjau Laut','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.04.2008','kelurahan','Hiang Tinggi','15.01.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.04.2009','kelurahan','Ambai Atas','15.01.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.04.2010','kelurahan','Tanjungmudo','15.01.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.04.2011','kelurahan','Pendung Tengah','15.01.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.04.2012','kelurahan','Pendung Hilir','15.01.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.04.2013','kelurahan','Koto Baru Hiang','15.01.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.04.2014','kelurahan','Betung Kuning','15.01.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.04.2026','kelurahan','Ambai Bawah','15.01.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.04.2028','kelurahan','Hiang Karya','15.01.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.04.2029','kelurahan','Hiang Lestari','15.01.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.04.2030','kelurahan','Angkasa Pura','15.01.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.04.2031','kelurahan','Hiang Sakti','15.01.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.04.2033','kelurahan','Koto Sekilan Ambai','15.01.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.04.2034','kelurahan','Penawar Tinggi','15.01.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05','kecamatan','Air Hangat','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2002','kelurahan','Koto Baru Semurup','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2004','kelurahan','Koto Dua Lama','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2012','kelurahan','Koto Di Air','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2013','kelurahan','Pasar Semurup','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2014','kelurahan','Balai','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2015','kelurahan','Koto Majidin Hilir','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2016','kelurahan','Pendung Hilir','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2018','kelurahan','Pendung Mudik','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2022','kelurahan','Air Tenang','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2024','kelurahan','Muara Semerah','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2029','kelurahan','Koto Majidin Mudik','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2035','kelurahan','Muara Semerah Mudik','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2036','kelurahan','Sawahan Koto Majidin','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2037','kelurahan','Sawahan Jaya','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2038','kelurahan','Koto Majidin Di Air','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.05.2039','kelurahan','Pendung Tengah','15.01.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06','kecamatan','Gunung Kerinci','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.1009','kelurahan','Siulak Deras','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.2010','kelurahan','Sungaibetung Hilir','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.2011','kelurahan','Sungaibatu Gantih','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.2012','kelurahan','Tanjunggenting','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.2013','kelurahan','Simpang Tutup','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.2014','kelurahan','Suko Pangkat','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.2015','kelurahan','Sungaibetung Mudik','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.2016','kelurahan','Danautinggi','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.2017','kelurahan','Sungaigelampeh','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.2018','kelurahan','Siulak Deras Mudik','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.2019','kelurahan','Siulak Tenang','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.2039','kelurahan','Sungai Batu Gantih Hilir','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.2040','kelurahan','Baru Sungai Betung Mudik','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.2041','kelurahan','Tanjunggenting Mudik','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.2042','kelurahan','Air Betung','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.06.2043','kelurahan','Ujung Ladang','15.01.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.07','kecamatan','Batang Merangin','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.07.2004','kelurahan','Tarutung','15.01.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.07.2006','kelurahan','Lubuk Paku','15.01.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.07.2007','kelurahan','Tamiai','15.01.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.07.2008','kelurahan','Pematang Lingkung','15.01.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.07.2009','kelurahan','Pasar Tamiai','15.01.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.07.2010','kelurahan','Seberang Merangin','15.01.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.07.2011','kelurahan','Baru Pulau Sangkar','15.01.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.07.2013','kelurahan','Batang Merangin','15.01.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.07.2014','kelurahan','Muara Hemat','15.01.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08','kecamatan','Keliling Danau','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2001','kelurahan','Jujun','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2002','kelurahan','Talang Lindung','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2003','kelurahan','Keluru','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2004','kelurahan','Pidung','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2005','kelurahan','Tanjungbatu','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2006','kelurahan','Benik','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2007','kelurahan','Kt Tuo P. Tengah','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2008','kelurahan','Kt. Dian P. Tengah','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2012','kelurahan','Lempur Danau','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2013','kelurahan','Dsn. Baru P. Tengah','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2018','kelurahan','Telago','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2019','kelurahan','Koto Agung','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2022','kelurahan','Pulautengah','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2023','kelurahan','Koto Baru','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2025','kelurahan','Jembatan Merah Pulau Tengah','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2026','kelurahan','Limok Manaih Pulau Tengah','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2027','kelurahan','Pasar Jujun','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.08.2028','kelurahan','Pancuran Bangko','15.01.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09','kecamatan','Kayu Aro','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2010','kelurahan','Koto Tuo','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2011','kelurahan','Sungaitanduk','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2012','kelurahan','Kersik Tuo','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2013','kelurahan','Sangir','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2014','kelurahan','Koto Baru','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2015','kelurahan','Koto Panjang','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2016','kelurahan','Koto Tengah','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2017','kelurahan','Sungaibendung Air','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2022','kelurahan','Sungaisampun','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2024','kelurahan','Bedeng Baru','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2025','kelurahan','Batang Sangir','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2030','kelurahan','Sungaidalam','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2038','kelurahan','Koto Periang','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2039','kelurahan','Lindung Jaya','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2041','kelurahan','Renah Kasah','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2042','kelurahan','Pasar Sungai Tanduk','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2043','kelurahan','Mekar Sari','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2045','kelurahan','Mekar Jaya','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2047','kelurahan','Sangir Tengah','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2048','kelurahan','Tanjungbungo','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.09.2049','kelurahan','Bendung Air Timur','15.01.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11','kecamatan','Air Hangat Timur','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2001','kelurahan','Kemantan Tinggi','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2002','kelurahan','Kemantan Kebalai','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2003','kelurahan','Kemantan Darat','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2004','kelurahan','Sungaiabu','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2005','kelurahan','Pondok Sungaiabu','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2006','kelurahan','Koto Tebat','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2007','kelurahan','Sungaimedang','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2008','kelurahan','Air Hangat','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2009','kelurahan','Baru Sungai Tutung','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2010','kelurahan','Pungut Tengah','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2011','kelurahan','Pungut Hilir','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2012','kelurahan','Pungut Mudik','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2014','kelurahan','Kemantan Hilir','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2015','kelurahan','Sungaitutung','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2018','kelurahan','Kemantan Agung','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2019','kelurahan','Sungaideras','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2020','kelurahan','Kemantan Mudik','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2021','kelurahan','Simpang Empat Sungai Tutung','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2022','kelurahan','Baru Sungaideras','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2023','kelurahan','Taman Jernih Sungaitutung','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2024','kelurahan','Baru Sungaimedang','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2025','kelurahan','Kemantan Raya','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2026','kelurahan','Baru Air Hangat','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2027','kelurahan','Air Panas Sungaiabu','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.11.2028','kelurahan','Baru Sungaiabu','15.01.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.15','kecamatan','Gunung Tujuh','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.15.2001','kelurahan','Sungairumpun','15.01.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.15.2002','kelurahan','Sungaisikai','15.01.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.15.2003','kelurahan','Tangkil','15.01.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.15.2004','kelurahan','Pelompek','15.01.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.15.2005','kelurahan','Jernih Jaya','15.01.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.15.2006','kelurahan','Bengkolan Duo','15.01.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.15.2007','kelurahan','Lubuk Pauh','15.01.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.15.2008','kelurahan','Telun Berasap','15.01.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.15.2009','kelurahan','Bumbun Duri','15.01.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.15.2010','kelurahan','Pesisir Bukit','15.01.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.15.2011','kelurahan','Pauh Tinggi','15.01.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.15.2012','kelurahan','Sungaijernih','15.01.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.15.2013','kelurahan','Pelompek Pasar Baru','15.01.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16','kecamatan','Siulak','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2001','kelurahan','Siulak Gedang','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2004','kelurahan','Pasar Siulak Gedang','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2005','kelurahan','Siulak Panjang','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2006','kelurahan','Siulak Kecil Mudik','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2007','kelurahan','Koto Rendah','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2009','kelurahan','Lubuk Nagodang','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2010','kelurahan','Sungaipegeh','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2011','kelurahan','Sungailebuh','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2012','kelurahan','Koto Kapeh','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2013','kelurahan','Koto Beringin','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2014','kelurahan','Dusun Baru','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2015','kelurahan','Dusun Dalam','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2016','kelurahan','Air Terjun','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2019','kelurahan','Koto Aro','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2021','kelurahan','Koto Lebuh Tinggi','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2024','kelurahan','Siulak Kecil Hilir','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2025','kelurahan','Koto Tengah','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2028','kelurahan','Telago Biru','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2030','kelurahan','Tutung Bungkuk','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2033','kelurahan','Baru Sungaipegeh','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2034','kelurahan','Bendar Sedap','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2035','kelurahan','Plak Naneh','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2036','kelurahan','Padang Jantung','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2038','kelurahan','Pelak Gedang','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2039','kelurahan','Demong Sakti','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.16.2040','kelurahan','Pasar Senen','15.01.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17','kecamatan','Depati Tujuh','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2001','kelurahan','Belui','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2002','kelurahan','Baru Kubang','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2003','kelurahan','Koto Panjang','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2004','kelurahan','Kubang Gedang','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2005','kelurahan','Semumu','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2006','kelurahan','Belui Tinggi','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2007','kelurahan','Koto Tuo','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2008','kelurahan','Koto Payang','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2009','kelurahan','Tebat Ijuk','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2010','kelurahan','Sekungkung','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2011','kelurahan','Simpang Belui','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2012','kelurahan','Koto Lanang Timur','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2013','kelurahan','Ladeh Timur','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2014','kelurahan','Lubuk Suli Timur','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2015','kelurahan','Kayu Aho Mangkak','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2016','kelurahan','Tambak Tinggi','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2017','kelurahan','Kubang Agung','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2018','kelurahan','Tebat Ijuk Dili','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2019','kelurahan','Koto Simpai Kubang','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.17.2020','kelurahan','Pahlawan Belui','15.01.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.18','kecamatan','Siulak Mukai','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.18.2001','kelurahan','Mukai Hilir','15.01.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.18.2002','kelurahan','Mukai Tengah','15.01.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.18.2003','kelurahan','Mukai Mudik','15.01.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.18.2004','kelurahan','Senimpik','15.01.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.18.2005','kelurahan','Tebing Tinggi','15.01.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.18.2006','kelurahan','Mukai Tinggi','15.01.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.18.2007','kelurahan','Mukai Pintu','15.01.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.18.2008','kelurahan','Sungailangkap','15.01.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.18.2009','kelurahan','Pasir Jaya','15.01.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.18.2010','kelurahan','Sungaikuning','15.01.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.18.2011','kelurahan','Mukai Seberang','15.01.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.18.2012','kelurahan','Talang Tinggi','15.01.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.18.2013','kelurahan','Lubuk Tabun','15.01.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.18.2014','kelurahan','Koto Lua','15.01.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19','kecamatan','Kayu Aro Barat','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2001','kelurahan','Batu Hampar','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2002','kelurahan','Sungairenah','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2003','kelurahan','Bedeng Delapan','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2004','kelurahan','Bedeng Dua','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2005','kelurahan','Sako Duo','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2006','kelurahan','Sungailintang','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2007','kelurahan','Kebun Baru','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2008','kelurahan','Patok Empat','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2009','kelurahan','Sungaijambu','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2010','kelurahan','Sungaikering','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2011','kelurahan','Giri Mulyo','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2012','kelurahan','Gununglabu','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2013','kelurahan','Bento','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2014','kelurahan','Kampung Baru','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2015','kelurahan','Sungaiasam','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2016','kelurahan','Pasar Minggu','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.19.2017','kelurahan','Ensatu','15.01.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20','kecamatan','Bukit Kerman','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20.2001','kelurahan','Pasar Kerman','15.01.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20.2002','kelurahan','Lolo Gedang','15.01.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20.2003','kelurahan','Lolo Kecil','15.01.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20.2004','kelurahan','Lolo Hilir','15.01.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20.2005','kelurahan','Tanjung Syam','15.01.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20.2006','kelurahan','Talang Kemuning','15.01.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20.2007','kelurahan','Pondok','15.01.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20.2008','kelurahan','Muak','15.01.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20.2009','kelurahan','Pengasi Lama','15.01.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20.2010','kelurahan','Pulaupandan','15.01.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20.2011','kelurahan','Pulausangkar','15.01.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20.2012','kelurahan','Bintang Marak','15.01.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20.2013','kelurahan','Karang Pandan','15.01.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20.2014','kelurahan','Pengasi Baru','15.01.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.20.2015','kelurahan','Muaro Lulo','15.01.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.21','kecamatan','Air Hangat Barat','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.21.2001','kelurahan','Koto Mebai','15.01.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.21.2002','kelurahan','Baru','15.01.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.21.2003','kelurahan','Air Panas','15.01.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.21.2004','kelurahan','Hamparan Pugu','15.01.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.21.2005','kelurahan','Pugu','15.01.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.21.2006','kelurahan','Koto Mudik','15.01.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.21.2007','kelurahan','Koto Tengah','15.01.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.21.2008','kelurahan','Koto Datuk','15.01.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.21.2009','kelurahan','Koto Dua Baru','15.01.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.21.2010','kelurahan','Koto Cayo','15.01.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.21.2011','kelurahan','Kecil','15.01.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.21.2012','kelurahan','Air Bersih','15.01.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.22','kecamatan','Tanah Cogok','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.22.2001','kelurahan','Kayu Aro Ambai','15.01.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.22.2002','kelurahan','Bunga Tanjung','15.01.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.22.2003','kelurahan','Pondok Beringin','15.01.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.22.2004','kelurahan','Semerah','15.01.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.22.2005','kelurahan','Sebukar','15.01.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.22.2006','kelurahan','Koto Tuo Ujung Pasir','15.01.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.22.2007','kelurahan','Ujung Pasir','15.01.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.22.2008','kelurahan','Koto Petai','15.01.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.22.2009','kelurahan','Koto Salak','15.01.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.22.2010','kelurahan','Agung Koto Iman','15.01.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.22.2011','kelurahan','Koto Iman','15.01.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.22.2012','kelurahan','Baru Semerah','15.01.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.23','kecamatan','Danau Kerinci Barat','15.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.23.2001','kelurahan','Pancuran Tiga','15.01.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.23.2002','kelurahan','Tanjung Pauh Mudik','15.01.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.23.2003','kelurahan','Bukit Pulai','15.01.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.23.2004','kelurahan','Punai Merindu','15.01.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.23.2005','kelurahan','Sumur Jauh','15.01.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.23.2006','kelurahan','Permai Baru','15.01.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.23.2007','kelurahan','Tanjung Pauh Hilir','15.01.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.23.2008','kelurahan','Serumpun Pauh','15.01.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.23.2009','kelurahan','Pondok Siguang','15.01.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.23.2010','kelurahan','Koto Tengah','15.01.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.23.2011','kelurahan','Semerap','15.01.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.23.2012','kelurahan','Koto Baru Semerap','15.01.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.23.2013','kelurahan','Pasar Semerap','15.01.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.01.23.2014','kelurahan','Koto Patah','15.01.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02','kota','Kabupaten Merangin','15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.01','kecamatan','Jangkat','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.01.2001','kelurahan','Renah Kemumu','15.02.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.01.2002','kelurahan','Tanjung Kasri','15.02.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.01.2003','kelurahan','Lubuk Mentilin','15.02.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.01.2004','kelurahan','Rantau Kermas','15.02.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.01.2005','kelurahan','Renah Alai','15.02.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.01.2008','kelurahan','Pulau Tengah','15.02.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.01.2009','kelurahan','Lubuk Pungguk','15.02.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.01.2010','kelurahan','Koto Renah','15.02.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.01.2011','kelurahan','Muara Madras','15.02.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.01.2023','kelurahan','Renah Pelaan','15.02.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.01.2024','kelurahan','Koto Rawang','15.02.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.02','kecamatan','Bangko','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.02.1009','kelurahan','Pasar Atas','15.02.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.02.1010','kelurahan','Pasar Bangko','15.02.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.02.1011','kelurahan','Dusun Bangko','15.02.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.02.1013','kelurahan','Pematang Kandis','15.02.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.02.2004','kelurahan','Kungkai','15.02.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.02.2008','kelurahan','Mudo','15.02.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.02.2012','kelurahan','Langling','15.02.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.02.2024','kelurahan','Sungai Kapas','15.02.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03','kecamatan','Muara Siau','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2004','kelurahan','Durian Rambun','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2007','kelurahan','Lubuk Birah','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2008','kelurahan','Lubuk Beringin','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2009','kelurahan','Rantau Macang','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2010','kelurahan','Peradun Temeras','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2011','kelurahan','Teluk Sikumbang','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2012','kelurahan','Muara Siau','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2013','kelurahan','Tiaro','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2015','kelurahan','Air Lago','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2016','kelurahan','Badak Tekurung','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2017','kelurahan','Rantau Bidaro','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2018','kelurahan','Rantau Panjang','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2021','kelurahan','Pulau Raman','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2024','kelurahan','Pasar Muara Siau','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2027','kelurahan','Sepantai Renah','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2028','kelurahan','Sungai Ulas','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.03.2029','kelurahan','Rantau Bayur','15.02.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.04','kecamatan','Sungai Manau','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.04.2007','kelurahan','Sungai Pinang','15.02.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.04.2008','kelurahan','Tiangko','15.02.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.04.2009','kelurahan','Palipan','15.02.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.04.2010','kelurahan','Seringat','15.02.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.04.2011','kelurahan','Durian Lecah','15.02.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.04.2015','kelurahan','Bukit Batu','15.02.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.04.2016','kelurahan','Sungai Nilau','15.02.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.04.2017','kelurahan','Sungai Manau','15.02.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.04.2025','kelurahan','Benteng','15.02.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.04.2026','kelurahan','Gelanggang','15.02.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.05','kecamatan','Tabir','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.05.1002','kelurahan','Dusun Baru','15.02.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.05.1003','kelurahan','Pasar Rantau Panjang','15.02.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.05.1005','kelurahan','Kampung Baruh','15.02.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.05.1020','kelurahan','Mampun','15.02.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.05.1036','kelurahan','Pasar Baru Rantau','15.02.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.05.2007','kelurahan','Kandang','15.02.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.05.2008','kelurahan','Koto Rayo','15.02.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.05.2011','kelurahan','Tanjung Ilir','15.02.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.05.2014','kelurahan','Beluran Panjang','15.02.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.05.2015','kelurahan','Seling','15.02.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.05.2035','kelurahan','Lubuk Napal','15.02.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.06','kecamatan','Pamenang','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.06.1008','kelurahan','Pamenang','15.02.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.06.2004','kelurahan','Jelatang','15.02.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.06.2005','kelurahan','Tanjung Gedang','15.02.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.06.2006','kelurahan','Empang Benao','15.02.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.06.2007','kelurahan','Rejo Sari','15.02.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.06.2009','kelurahan','Keroya','15.02.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.06.2010','kelurahan','Muara Belengo','15.02.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.06.2011','kelurahan','Karang Berahi','15.02.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.06.2012','kelurahan','Pauh Menang','15.02.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.06.2013','kelurahan','Pematang Kancil','15.02.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.06.2014','kelurahan','Tanah Abang','15.02.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.06.2015','kelurahan','Sialang','15.02.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.06.2026','kelurahan','Sungai Udang','15.02.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.06.2027','kelurahan','Pelakar Jaya','15.02.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.07','kecamatan','Tabir Ulu','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.07.2009','kelurahan','Muara Jernih','15.02.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.07.2010','kelurahan','Kapuk','15.02.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.07.2011','kelurahan','Pulau Aro','15.02.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.07.2012','kelurahan','Rantau Ngarau','15.02.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.07.2013','kelurahan','Medan Baru','15.02.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.07.2014','kelurahan','Muaro Seketuk','15.02.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.08','kecamatan','Tabir Selatan','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.08.2001','kelurahan','Sungai Sahut','15.02.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.08.2002','kelurahan','Bungo Antoi','15.02.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.08.2003','kelurahan','Muara Delang','15.02.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.08.2004','kelurahan','Sinar Gading','15.02.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.08.2005','kelurahan','Bungo Tanjung','15.02.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.08.2006','kelurahan','Rawa Jaya','15.02.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.08.2007','kelurahan','Gading Jaya','15.02.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.08.2008','kelurahan','Mekar Jaya','15.02.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09','kecamatan','Lembah Masurai','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09.2001','kelurahan','Nilo Dingin','15.02.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09.2002','kelurahan','Tanjung Berugo','15.02.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09.2003','kelurahan','Tuo','15.02.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09.2004','kelurahan','Koto Rami','15.02.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09.2005','kelurahan','Rancan','15.02.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09.2006','kelurahan','Pasar Masurai','15.02.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09.2007','kelurahan','Rantau Jering','15.02.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09.2008','kelurahan','Tanjung Dalam','15.02.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09.2009','kelurahan','Muaro Pangi','15.02.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09.2010','kelurahan','Sungai Lalang','15.02.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09.2011','kelurahan','Talang Asal','15.02.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09.2012','kelurahan','Muara Kelukup','15.02.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09.2013','kelurahan','Muara Lengayo','15.02.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09.2014','kelurahan','Talang Paruh','15.02.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.09.2015','kelurahan','Durian Mukut','15.02.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.10','kecamatan','Bangko Barat','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.10.2001','kelurahan','Pulau Rengas','15.02.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.10.2002','kelurahan','Biuku Tanjung','15.02.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.10.2003','kelurahan','Bedeng Rejo','15.02.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.10.2004','kelurahan','Sungai Putih','15.02.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.10.2005','kelurahan','Bukit Beringin','15.02.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.10.2006','kelurahan','Pulau Rengas Ulu','15.02.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.11','kecamatan','Nalo Tantan','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.11.2001','kelurahan','Sungai Ulak','15.02.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.11.2002','kelurahan','Aur Berduri','15.02.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.11.2003','kelurahan','Telun','15.02.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.11.2004','kelurahan','Nalo Gedang','15.02.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.11.2005','kelurahan','Baru Nalo','15.02.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.11.2006','kelurahan','Mentawak','15.02.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.11.2007','kelurahan','Danau','15.02.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.12','kecamatan','Batang Masumai','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.12.2001','kelurahan','Lubuk Gaung','15.02.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.12.2002','kelurahan','Salam Buku','15.02.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.12.2003','kelurahan','Pulau Baru','15.02.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.12.2004','kelurahan','Nibung','15.02.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.12.2005','kelurahan','Titian Teras','15.02.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.12.2006','kelurahan','Kederasan Panjang','15.02.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.12.2007','kelurahan','Rantau Alai','15.02.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.12.2008','kelurahan','Tambang Besi','15.02.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.12.2009','kelurahan','Pelangki','15.02.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.12.2010','kelurahan','Pulau Layang','15.02.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.13','kecamatan','Pamenang Barat','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.13.2001','kelurahan','Tanjung Lamin','15.02.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.13.2002','kelurahan','Limbur Merangin','15.02.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.13.2003','kelurahan','Karang Anyar','15.02.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.13.2004','kelurahan','Pinang Merah','15.02.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.13.2005','kelurahan','Simpang Limbur','15.02.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.13.2006','kelurahan','Mampun Baru','15.02.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.13.2007','kelurahan','Papit','15.02.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.13.2008','kelurahan','PulauTujuh','15.02.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.14','kecamatan','Tabir Ilir','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.14.2001','kelurahan','Rantau Limau Manis','15.02.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.14.2002','kelurahan','Ulak Makam','15.02.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.14.2003','kelurahan','Air Batu','15.02.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.14.2004','kelurahan','Rejo Sari','15.02.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.14.2005','kelurahan','Kota Raja','15.02.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.14.2006','kelurahan','Tunggul Bulin','15.02.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.14.2007','kelurahan','Mekar Limau Manis','15.02.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.15','kecamatan','Tabir Timur','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.15.2001','kelurahan','Sungai Limau','15.02.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.15.2002','kelurahan','Sungai Bulian','15.02.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.15.2003','kelurahan','Sri Sembilan','15.02.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.15.2004','kelurahan','Bukit Subur','15.02.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.16','kecamatan','Renah Pembarap','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.16.2001','kelurahan','Muaro Panco Barat','15.02.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.16.2002','kelurahan','Talang Segegah','15.02.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.16.2003','kelurahan','Durian Batakuk','15.02.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.16.2004','kelurahan','Muara Bantan','15.02.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.16.2005','kelurahan','Parit Ujung Tanjung','15.02.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.16.2006','kelurahan','Guguk','15.02.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.16.2007','kelurahan','Markeh','15.02.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.16.2008','kelurahan','Air Batu','15.02.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.16.2009','kelurahan','Marus Jaya','15.02.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.16.2010','kelurahan','Renah Medan','15.02.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.16.2011','kelurahan','Simpang Parit','15.02.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.16.2012','kelurahan','Muaro Panco Timur','15.02.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.17','kecamatan','Pangkalan Jambu','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.17.2001','kelurahan','Baru Pangkalan','15.02.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.17.2002','kelurahan','Bukit Perentak','15.02.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.17.2003','kelurahan','Birun','15.02.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.17.2004','kelurahan','Tiga Alur','15.02.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.17.2005','kelurahan','Bungo Tanjung','15.02.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.17.2006','kelurahan','Sungai Jering','15.02.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.17.2007','kelurahan','Kampung Limo','15.02.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.17.2008','kelurahan','Tanjung Mudo','15.02.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.18','kecamatan','Jangkat Timur','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.18.2001','kelurahan','Tanjung Mudo','15.02.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.18.2002','kelurahan','Koto Teguh','15.02.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.18.2003','kelurahan','Baru','15.02.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.18.2004','kelurahan','Talang Tembago','15.02.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.18.2005','kelurahan','Beringin Tinggi','15.02.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.18.2006','kelurahan','Pematang Pauh','15.02.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.18.2007','kelurahan','Rantau Suli','15.02.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.18.2008','kelurahan','Gedang','15.02.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.18.2010','kelurahan','Koto Baru','15.02.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.18.2011','kelurahan','Tanjung Benuang','15.02.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.18.2012','kelurahan','Jangkat','15.02.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.18.2013','kelurahan','Tanjung Alam','15.02.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.18.2014','kelurahan','Kabu','15.02.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.18.2015','kelurahan','Simpang Talang Tembago','15.02.18','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.19','kecamatan','Renah Pamenang','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.19.2001','kelurahan','Meranti','15.02.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.19.2002','kelurahan','Bukit Bungkul','15.02.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.19.2003','kelurahan','Rasau','15.02.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.19.2004','kelurahan','Lantak Seribu','15.02.19','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.20','kecamatan','Pamenang Selatan','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.20.2001','kelurahan','Tambang Emas','15.02.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.20.2002','kelurahan','Tanjung Benuang','15.02.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.20.2003','kelurahan','Pulau Bayur','15.02.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.20.2004','kelurahan','Selango','15.02.20','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.21','kecamatan','Margo Tabir','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.21.2001','kelurahan','Tanjung Rejo','15.02.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.21.2002','kelurahan','Sumber Agung','15.02.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.21.2003','kelurahan','Suko Rejo','15.02.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.21.2004','kelurahan','Sido Rukun','15.02.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.21.2005','kelurahan','Lubuk Bumbun','15.02.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.21.2006','kelurahan','Tegal Rejo','15.02.21','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.22','kecamatan','Tabir Lintas','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.22.2001','kelurahan','Tambang Baru','15.02.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.22.2002','kelurahan','Sido Lego','15.02.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.22.2003','kelurahan','Mensango','15.02.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.22.2004','kelurahan','Koto Baru','15.02.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.22.2005','kelurahan','Sido Harjo','15.02.22','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.23','kecamatan','Tabir Barat','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.23.2001','kelurahan','Muara Kibul','15.02.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.23.2002','kelurahan','Tanjung Putus','15.02.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.23.2003','kelurahan','Pulau Tebakar','15.02.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.23.2004','kelurahan','Batang Kibul','15.02.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.23.2005','kelurahan','Sungai Tabir','15.02.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.23.2006','kelurahan','Telentam','15.02.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.23.2007','kelurahan','Ngaol','15.02.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.23.2008','kelurahan','Air Liki','15.02.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.23.2009','kelurahan','Pulau Lebar','15.02.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.23.2010','kelurahan','Muara Langeh','15.02.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.23.2011','kelurahan','Tanjung Beringin','15.02.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.23.2012','kelurahan','Baru Kibul','15.02.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.23.2013','kelurahan','Ngaol Ilir','15.02.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.23.2014','kelurahan','Air Liki Baru','15.02.23','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.24','kecamatan','Tiang Pumpung','15.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.24.2001','kelurahan','Sekancing','15.02.24','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.24.2002','kelurahan','Sekancing Ilir','15.02.24','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.24.2003','kelurahan','Beringin Sanggul','15.02.24','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.24.2004','kelurahan','Baru Bukit Punjung','15.02.24','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.24.2005','kelurahan','Rantau Limau Kapas','15.02.24','',NULL,NULL);
INSERT INTO wilayah VALUES('15.02.24.2006','kelurahan','Baru Sungai Sakai','15.02.24','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03','kota','Kabupaten Sarolangun','15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01','kecamatan','Batang Asai','15.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2001','kelurahan','Tambak Ratu','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2002','kelurahan','Sungai Keradak','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2003','kelurahan','Muaro Air Dua','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2004','kelurahan','Simpang Narso','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2005','kelurahan','Batin Pengambang','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2006','kelurahan','Batu Empang','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2007','kelurahan','Rantau Panjang','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2008','kelurahan','P. Salak Baru','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2009','kelurahan','Muaro Pemuat','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2010','kelurahan','Lubuk Bangkar','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2011','kelurahan','Pekan Gedang','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2012','kelurahan','Raden Anom','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2013','kelurahan','Datuk Nan Duo','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2014','kelurahan','Bukit Kalimau Ulu','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2015','kelurahan','Sungai Bemban','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2016','kelurahan','Muara Cuban','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2017','kelurahan','Sungai Baung','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2018','kelurahan','Padang Jering','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2019','kelurahan','Kasiro','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2020','kelurahan','Kasiro Hilir','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2021','kelurahan','Bukit Berantai','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2022','kelurahan','Bukit Sulah','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.01.2023','kelurahan','Paniban Baru','15.03.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02','kecamatan','Limun','15.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2005','kelurahan','Pulau Pandan','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2006','kelurahan','Temenggung','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2007','kelurahan','Ranggo','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2008','kelurahan','Panca Karya','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2009','kelurahan','Lubuk Bedorong','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2010','kelurahan','Meribung','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2011','kelurahan','Napal Melintang','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2012','kelurahan','Berkun','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2013','kelurahan','Mersip','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2014','kelurahan','Tanjung Raden','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2016','kelurahan','Moenti','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2017','kelurahan','Muara Mensao','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2018','kelurahan','Demang','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2021','kelurahan','Temalang','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2022','kelurahan','Muara Limun','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.02.2023','kelurahan','Suka Damai','15.03.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03','kecamatan','Sarolangun','15.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.1001','kelurahan','Dusun Sarolangun','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.1015','kelurahan','Sukasari','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.1016','kelurahan','Pasar Sarolangun','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.1019','kelurahan','Sarolangun Kembang','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.1025','kelurahan','Gunung Kembang','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.1026','kelurahan','Aur Gading','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.2002','kelurahan','Bernai','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.2003','kelurahan','Sungai Baung','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.2004','kelurahan','Panti','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.2005','kelurahan','Tinting','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.2006','kelurahan','Sungai Abang','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.2013','kelurahan','Lidung','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.2014','kelurahan','Ladang Panjang','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.2024','kelurahan','Desa Baru','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.2027','kelurahan','Ujung Tanjung','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.03.2028','kelurahan','Bernai Dalam','15.03.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.04','kecamatan','Pauh','15.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.04.1005','kelurahan','Pauh','15.03.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.04.2001','kelurahan','Pangidaran','15.03.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.04.2002','kelurahan','Karang Mendapo','15.03.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.04.2003','kelurahan','Batu Ampar','15.03.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.04.2004','kelurahan','Batu Kucing','15.03.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.04.2006','kelurahan','Semaran','15.03.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.04.2007','kelurahan','Kasang Melintang','15.03.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.04.2008','kelurahan','Pangkal Bulian','15.03.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.04.2009','kelurahan','Lubuk Napal','15.03.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.04.2010','kelurahan','Sepintun','15.03.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.04.2011','kelurahan','Lamban Sigatal','15.03.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.04.2020','kelurahan','Seko Besar','15.03.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.04.2021','kelurahan','Taman Bandung','15.03.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.04.2022','kelurahan','Danau Serdang','15.03.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.05','kecamatan','Pelawan','15.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.05.2001','kelurahan','Penegah','15.03.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.05.2002','kelurahan','Pelawan','15.03.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.05.2003','kelurahan','Pulauaro','15.03.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.05.2004','kelurahan','Bukit','15.03.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.05.2005','kelurahan','Lubuk Sepuh','15.03.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.05.2006','kelurahan','Rantau Tenang','15.03.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.05.2007','kelurahan','Muara Danau','15.03.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.05.2013','kelurahan','Sungai Merah','15.03.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.05.2016','kelurahan','Pematang Kulim','15.03.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.05.2017','kelurahan','Batu Putih','15.03.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.05.2019','kelurahan','Mekar Sari','15.03.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.05.2021','kelurahan','Pasar Pelawan','15.03.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.05.2022','kelurahan','Pelawan Jaya','15.03.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.05.2023','kelurahan','Lubuk Sayak','15.03.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06','kecamatan','Mandiangin','15.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2001','kelurahan','Mandiangin','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2002','kelurahan','Rangkiling Simpang','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2003','kelurahan','Pemusiran','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2004','kelurahan','Gurun Tuo Simpang','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2005','kelurahan','Gurun Mudo','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2006','kelurahan','Gurun Tuo','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2007','kelurahan','Rangkiling','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2008','kelurahan','Mandiangin Tuo','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2009','kelurahan','Kertopati','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2010','kelurahan','Muaro Ketalo','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2011','kelurahan','Taman Dewa','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2012','kelurahan','Simpang Kertopati','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2013','kelurahan','Bukit Peranginan','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2020','kelurahan','Gurun Baru','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2021','kelurahan','Kute Jaye','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2022','kelurahan','Mandiangin Pasar','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2023','kelurahan','Sungai Rotan','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.06.2028','kelurahan','Talang Serdang','15.03.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.07','kecamatan','Air Hitam','15.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.07.2001','kelurahan','Lubuk Jering','15.03.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.07.2002','kelurahan','Jernih','15.03.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.07.2003','kelurahan','Desa Baru','15.03.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.07.2004','kelurahan','Semurung','15.03.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.07.2005','kelurahan','Lubuk Kepayang','15.03.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.07.2006','kelurahan','Pematang Kabau','15.03.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.07.2007','kelurahan','Bukit Suban','15.03.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.07.2008','kelurahan','Mentawak Baru','15.03.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.07.2009','kelurahan','Mentawak Ulu','15.03.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08','kecamatan','Bathin VIII','15.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08.1011','kelurahan','Limbur Tembesi','15.03.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08.2001','kelurahan','Rantau Gedang','15.03.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08.2002','kelurahan','Penarun','15.03.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08.2003','kelurahan','Pulau Lintang','15.03.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08.2004','kelurahan','Tanjung','15.03.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08.2005','kelurahan','Bangun Jayo','15.03.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08.2006','kelurahan','Teluk kecimbung','15.03.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08.2007','kelurahan','Pulau Melako','15.03.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08.2008','kelurahan','Batu Penyabung','15.03.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08.2009','kelurahan','Tanjung Gagak','15.03.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08.2010','kelurahan','Pulau Buayo','15.03.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08.2012','kelurahan','Dusun Dalam','15.03.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08.2013','kelurahan','Muara Lati','15.03.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08.2014','kelurahan','Suka Jadi','15.03.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.08.2015','kelurahan','Teluk Mancur','15.03.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.09','kecamatan','Singkut','15.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.09.1001','kelurahan','Sungai Benteng','15.03.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.09.2002','kelurahan','Bukit Tigo.','15.03.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.09.2003','kelurahan','Sungai Gedang.','15.03.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.09.2004','kelurahan','Payo Lebar','15.03.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.09.2005','kelurahan','Bukit Murau.','15.03.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.09.2006','kelurahan','Perdamaian','15.03.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.09.2007','kelurahan','Pasar Singkut','15.03.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.09.2008','kelurahan','Siliwangi','15.03.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.09.2009','kelurahan','Simpang Nibung','15.03.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.09.2010','kelurahan','Bukit Talang Mas','15.03.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.09.2011','kelurahan','Bukit Bumi Raya','15.03.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.09.2012','kelurahan','Argo Sari','15.03.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.09.2013','kelurahan','Sendang Sari','15.03.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.10','kecamatan','Cermin Nan Gedang','15.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.10.2001','kelurahan','Kampung Tujuh','15.03.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.10.2002','kelurahan','Lubuk Resam','15.03.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.10.2003','kelurahan','Teluk Rendah.','15.03.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.10.2004','kelurahan','Teluk Tigo.','15.03.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.10.2005','kelurahan','Lubuk Resam Hilir','15.03.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.10.2006','kelurahan','Pemuncak','15.03.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.10.2007','kelurahan','Tambang Tinggi','15.03.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.10.2008','kelurahan','Tendah','15.03.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.10.2009','kelurahan','Sungai Keramat','15.03.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.10.2010','kelurahan','Sekamis','15.03.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.11','kecamatan','Mandiangin Timur','15.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.11.2001','kelurahan','Guruh Baru','15.03.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.11.2002','kelurahan','Petiduran Baru','15.03.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.11.2003','kelurahan','Sungai Butang','15.03.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.11.2004','kelurahan','Butang Baru','15.03.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.11.2005','kelurahan','Suka Maju','15.03.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.11.2006','kelurahan','Jati Baru','15.03.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.11.2007','kelurahan','Jati Baru Mudo','15.03.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.11.2008','kelurahan','Meranti Baru','15.03.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.11.2009','kelurahan','Meranti Jaya','15.03.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.03.11.2010','kelurahan','Jernang Baru','15.03.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04','kota','Kabupaten Batanghari','15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01','kecamatan','Mersam','15.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.1001','kelurahan','Kembang Paseban','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2002','kelurahan','Sengkati Kecil','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2003','kelurahan','Sengkati Gedang','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2004','kelurahan','Sengkati Baru','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2005','kelurahan','Kembang Tanjung','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2006','kelurahan','Mersam','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2007','kelurahan','Benteng Rendah','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2008','kelurahan','Sungai Puar','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2009','kelurahan','Rantau Gedang','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2010','kelurahan','Pematang Gadung','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2011','kelurahan','Teluk Melintang','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2012','kelurahan','Bukit Harapan','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2013','kelurahan','Belanti Jaya','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2014','kelurahan','Tapah Sari','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2015','kelurahan','Bukit Kemuning','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2016','kelurahan','Simpang Rantau Gedang','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2017','kelurahan','Tanjung Putra','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.01.2018','kelurahan','Sengkati Mudo','15.04.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.02','kecamatan','Muara Tembesi','15.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.02.1001','kelurahan','Kampung Baru','15.04.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.02.1002','kelurahan','Pasar Muara Tembesi','15.04.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.02.2003','kelurahan','Jebak','15.04.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.02.2004','kelurahan','Ampelu','15.04.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.02.2005','kelurahan','Rambutan Masam','15.04.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.02.2006','kelurahan','Rantau Kapas Mudo','15.04.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.02.2007','kelurahan','Rantau Kapas Tuo','15.04.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.02.2008','kelurahan','Sungai Pulai','15.04.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.02.2009','kelurahan','Pulau','15.04.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.02.2010','kelurahan','Tanjung Marwo','15.04.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.02.2011','kelurahan','Suka Ramai','15.04.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.02.2012','kelurahan','Ampelu Mudo','15.04.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.02.2013','kelurahan','Pelayangan','15.04.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.02.2015','kelurahan','Pematang Lima Suku','15.04.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03','kecamatan','Muara Bulian','15.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.1001','kelurahan','Muara Bulian','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.1002','kelurahan','Teratai','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.1003','kelurahan','Sridadi','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.1004','kelurahan','Pasar Baru','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.1005','kelurahan','Rengas Condong','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2006','kelurahan','Pasar Terusan','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2007','kelurahan','Simpang Terusan','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2008','kelurahan','Malapari','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2009','kelurahan','Napal Sisik','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2010','kelurahan','Rambahan','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2011','kelurahan','Olak','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2012','kelurahan','Muaro Singoan','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2013','kelurahan','Aro','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2014','kelurahan','Rantau Puri','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2015','kelurahan','Sungai Baung','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2016','kelurahan','Bajubang Laut','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2017','kelurahan','Singkawang','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2018','kelurahan','Tenam','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2019','kelurahan','Sungai Buluh','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2020','kelurahan','Kilangan','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.03.2021','kelurahan','Pelayangan','15.04.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04','kecamatan','Batin XXIV','15.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.1003','kelurahan','Durian Luncuk','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.1012','kelurahan','Muara Jangga','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.2001','kelurahan','Jelutih','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.2002','kelurahan','Olak Besar','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.2004','kelurahan','Aur Gading','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.2005','kelurahan','Paku Aji','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.2006','kelurahan','Hajran','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.2007','kelurahan','Mata Gual','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.2008','kelurahan','Jangga','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.2009','kelurahan','Koto Boyo','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.2010','kelurahan','Simpang Karmeo','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.2011','kelurahan','Karmeo','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.2013','kelurahan','Jangga Baru','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.2014','kelurahan','Terentang Baru','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.2015','kelurahan','Bulian Baru','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.2016','kelurahan','Simpang Jelutih','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.04.2017','kelurahan','Simpang Aur Gading','15.04.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05','kecamatan','Pemayung','15.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.1002','kelurahan','Jembatan Mas','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2001','kelurahan','Tebing Tinggi','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2003','kelurahan','Serasah','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2004','kelurahan','Lubuk Ruso','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2005','kelurahan','Kuap','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2006','kelurahan','Senaning','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2007','kelurahan','Kubu Kandang','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2008','kelurahan','Ture','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2009','kelurahan','Pulau Betung','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2010','kelurahan','Lopak Aur','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2011','kelurahan','Selat','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2012','kelurahan','Teluk','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2013','kelurahan','Pulau Raman','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2014','kelurahan','Kaos','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2015','kelurahan','Simpang Kubu Kandang','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2016','kelurahan','Awin','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2017','kelurahan','Olak Rambahan','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2019','kelurahan','Teluk Ketapang','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.05.2020','kelurahan','Kampung Pulau','15.04.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06','kecamatan','Maro Sebo Ulu','15.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.1014','kelurahan','Simpang S. Rengas','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2001','kelurahan','Batu Sawar','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2002','kelurahan','Peninjauan','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2003','kelurahan','Teluk Leban','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2004','kelurahan','Kampung Baru','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2005','kelurahan','Rengas IX','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2006','kelurahan','Kembang Seri','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2007','kelurahan','Buluh Kasab','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2008','kelurahan','Tebing Tinggi','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2009','kelurahan','Olak Kemang','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2010','kelurahan','Padang Kelapo','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2011','kelurahan','Sungai Lingkar','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2012','kelurahan','Sungai Ruan Ulu','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2013','kelurahan','Sungai Ruan Ilir','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2015','kelurahan','Rawa Mekar','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2016','kelurahan','Mekar Sari','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.06.2017','kelurahan','Kembang Seri Baru','15.04.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.07','kecamatan','Bajubang','15.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.07.1004','kelurahan','Bajubang','15.04.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.07.2001','kelurahan','Bungku','15.04.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.07.2002','kelurahan','Pompa Air','15.04.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.07.2003','kelurahan','Ladang Peris','15.04.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.07.2005','kelurahan','Penerokan','15.04.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.07.2006','kelurahan','Petajen','15.04.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.07.2007','kelurahan','Batin','15.04.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.07.2008','kelurahan','Mekar Jaya','15.04.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.07.2009','kelurahan','Sungkai','15.04.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.07.2010','kelurahan','Mekar Sari Nes','15.04.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.08','kecamatan','Maro Sebo Ilir','15.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.08.1008','kelurahan','Terusan','15.04.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.08.2001','kelurahan','Bulian Jaya','15.04.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.08.2002','kelurahan','Tidar Kuranji','15.04.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.08.2003','kelurahan','Kehidupan Baru','15.04.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.08.2004','kelurahan','Bukit Sari','15.04.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.08.2005','kelurahan','Karya Mukti','15.04.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.08.2006','kelurahan','Terusan','15.04.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.04.08.2007','kelurahan','Danau Embat','15.04.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05','kota','Kabupaten Muaro Jambi','15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01','kecamatan','Jambi Luar Kota','15.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.1003','kelurahan','Pijoan','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2002','kelurahan','Sungai Bertam','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2004','kelurahan','Pematang Jering','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2005','kelurahan','Muaro Pijoan','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2006','kelurahan','Sungai Duren','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2007','kelurahan','Mendalo Darat','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2008','kelurahan','Rengas Bandung','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2009','kelurahan','Sarang Burung','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2010','kelurahan','Mendalo Laut','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2011','kelurahan','Sembubuk','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2012','kelurahan','Senaung','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2013','kelurahan','Penyengat Olak','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2014','kelurahan','Simpang Sungai Duren','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2015','kelurahan','Kedemangan','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2016','kelurahan','Muhajirin','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2017','kelurahan','Maro Sebo','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2019','kelurahan','Danau Sarang Elang','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2020','kelurahan','Simpang Limo','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2021','kelurahan','Mendalo Indah','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.01.2022','kelurahan','Pematang Gajah','15.05.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02','kecamatan','Sekernan','15.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.1010','kelurahan','Sengeti','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.2001','kelurahan','Suak Putat','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.2002','kelurahan','Rantau Majo','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.2003','kelurahan','Pulau Kayu Aro','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.2004','kelurahan','Pematang Pulai','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.2005','kelurahan','Tan Tan','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.2006','kelurahan','Kedotan','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.2007','kelurahan','Keranggan','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.2008','kelurahan','Berembang','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.2009','kelurahan','Sekernan','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.2011','kelurahan','Gerunggung','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.2012','kelurahan','Tunas Baru','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.2013','kelurahan','Bukit Baling','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.2014','kelurahan','Tanjung Lanjut','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.2015','kelurahan','Suko Awin Jaya','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.02.2016','kelurahan','Tunas Mudo','15.05.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03','kecamatan','Kumpeh','15.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.1008','kelurahan','Tanjung','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2001','kelurahan','Puding','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2002','kelurahan','Pulau Mentaro','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2003','kelurahan','Betung','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2004','kelurahan','Pematang Raman','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2005','kelurahan','Sungai Bungur','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2006','kelurahan','Seponjen','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2007','kelurahan','Sogo','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2009','kelurahan','Sungai Aur','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2010','kelurahan','Jebus','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2011','kelurahan','Gedong Karya','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2013','kelurahan','Rantau Panjang','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2014','kelurahan','Londerang','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2016','kelurahan','Petanang','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2017','kelurahan','Mekar Sari','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2018','kelurahan','Rondang','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.03.2019','kelurahan','Maju Jaya','15.05.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.04','kecamatan','Maro Sebo','15.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.04.1002','kelurahan','Jambi Kecil','15.05.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.04.2001','kelurahan','Setiris','15.05.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.04.2003','kelurahan','Tanjung Katung','15.05.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.04.2004','kelurahan','Jambi Tulo','15.05.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.04.2005','kelurahan','Baru','15.05.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.04.2006','kelurahan','Danau Lamo','15.05.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.04.2007','kelurahan','Muaro Jambi','15.05.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.04.2016','kelurahan','Niaso','15.05.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.04.2017','kelurahan','Bakung','15.05.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.04.2018','kelurahan','Danau Kedap','15.05.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.04.2019','kelurahan','Mudung Darat','15.05.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.04.2020','kelurahan','Lubuk Raman','15.05.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05','kecamatan','Mestong','15.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05.1009','kelurahan','Tempino','15.05.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05.2001','kelurahan','Tanjung Pauh Km. 32','15.05.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05.2002','kelurahan','Pelempang','15.05.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05.2003','kelurahan','Sungai Landai','15.05.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05.2004','kelurahan','Ibru','15.05.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05.2005','kelurahan','Nagasari','15.05.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05.2006','kelurahan','Sebapo','15.05.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05.2010','kelurahan','Baru','15.05.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05.2011','kelurahan','Tanjung Pauh Km. 39','15.05.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05.2012','kelurahan','Nyogan','15.05.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05.2015','kelurahan','Suka Damai','15.05.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05.2016','kelurahan','Pondok Meja','15.05.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05.2017','kelurahan','Suka Maju','15.05.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05.2018','kelurahan','Tanjung Pauh Talang Pelita','15.05.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.05.2019','kelurahan','Muaro Sebapo','15.05.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06','kecamatan','Kumpeh Ulu','15.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2001','kelurahan','Pudak','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2002','kelurahan','Muara Kumpeh','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2003','kelurahan','Kota Karang','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2004','kelurahan','Kasang Lopak Alai','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2005','kelurahan','Kasang Pudak','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2008','kelurahan','Solok','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2009','kelurahan','Sakean','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2010','kelurahan','Lopak Alai','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2011','kelurahan','Tarikan','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2012','kelurahan','Ramin','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2013','kelurahan','Teluk Raya','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2014','kelurahan','Pemunduran','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2015','kelurahan','Sipin Teluk Duren','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2016','kelurahan','Arang Arang','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2017','kelurahan','Sumber Jaya','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2018','kelurahan','Sungai Terap','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2023','kelurahan','Kasang Kumpeh','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.06.2024','kelurahan','Kasang Kota Karang','15.05.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.07','kecamatan','Sungai Bahar','15.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.07.2004','kelurahan','Suka Makmur','15.05.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.07.2005','kelurahan','Marga Mulya','15.05.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.07.2006','kelurahan','Panca Mulya','15.05.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.07.2007','kelurahan','Marga Manunggal Jaya','15.05.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.07.2012','kelurahan','Tanjung Harapan','15.05.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.07.2013','kelurahan','Berkah','15.05.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.07.2018','kelurahan','Bukit Makmur','15.05.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.07.2021','kelurahan','Bukit Mas','15.05.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.07.2025','kelurahan','Mekar Sari Makmur','15.05.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.07.2033','kelurahan','Bakti Mulya','15.05.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.07.2034','kelurahan','Panca Bakti','15.05.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08','kecamatan','Sungai Gelam','15.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08.2001','kelurahan','Kebon IX','15.05.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08.2002','kelurahan','Talang Belido','15.05.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08.2003','kelurahan','Talang Kerinci','15.05.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08.2004','kelurahan','Ladang Panjang','15.05.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08.2005','kelurahan','Tangkit','15.05.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08.2006','kelurahan','Tangkit Baru','15.05.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08.2007','kelurahan','Sungai Gelam','15.05.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08.2008','kelurahan','Parit','15.05.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08.2009','kelurahan','Petaling Jaya','15.05.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08.2010','kelurahan','Sumber Agung','15.05.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08.2011','kelurahan','Mingkung Jaya','15.05.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08.2012','kelurahan','Trimulya Jaya','15.05.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08.2013','kelurahan','Mekar Jaya','15.05.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08.2014','kelurahan','Sido Mukti','15.05.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.08.2015','kelurahan','Gambut Jaya','15.05.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.09','kecamatan','Bahar Utara','15.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.09.2001','kelurahan','Talang Bukit','15.05.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.09.2002','kelurahan','Talang Datar','15.05.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.09.2003','kelurahan','Sumber Mulya','15.05.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.09.2004','kelurahan','Mulya Jaya','15.05.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.09.2005','kelurahan','Matra Manunggal','15.05.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.09.2006','kelurahan','Bukit Mulya','15.05.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.09.2007','kelurahan','Sumber Jaya','15.05.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.09.2008','kelurahan','Pinang Tinggi','15.05.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.09.2009','kelurahan','Markanding','15.05.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.09.2010','kelurahan','Sungai Dayo','15.05.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.09.2011','kelurahan','Bahar Mulya','15.05.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.10','kecamatan','Bahar Selatan','15.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.10.2001','kelurahan','Bukit Subur','15.05.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.10.2002','kelurahan','Tri Jaya','15.05.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.10.2003','kelurahan','Mekar Jaya','15.05.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.10.2004','kelurahan','Ujung Tanjung','15.05.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.10.2005','kelurahan','Tanjung Baru','15.05.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.10.2006','kelurahan','Tanjung Mulia','15.05.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.10.2007','kelurahan','Adipura Kencana','15.05.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.10.2008','kelurahan','Bukit Jaya','15.05.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.10.2009','kelurahan','Tanjung Sari','15.05.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.10.2010','kelurahan','Tanjung Lebar','15.05.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.11','kecamatan','Taman Rajo','15.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.11.2001','kelurahan','Kunangan','15.05.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.11.2002','kelurahan','Talang Duku','15.05.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.11.2003','kelurahan','Tebat Patah','15.05.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.11.2004','kelurahan','Kemingking Dalam','15.05.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.11.2005','kelurahan','Teluk Jambu','15.05.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.11.2006','kelurahan','Dusun Mudo','15.05.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.11.2007','kelurahan','Sekumbung','15.05.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.11.2008','kelurahan','Kemingking Luar','15.05.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.11.2009','kelurahan','Rukam','15.05.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.05.11.2010','kelurahan','Manis Mato','15.05.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06','kota','Kabupaten Tanjung Jabung Barat','15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.01','kecamatan','Tungkal Ulu','15.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.01.1005','kelurahan','Pelabuhan Dagang','15.06.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.01.2001','kelurahan','Badang','15.06.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.01.2002','kelurahan','Tanjung Tayas','15.06.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.01.2003','kelurahan','Kuala Dasal','15.06.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.01.2004','kelurahan','Pematang Pauh','15.06.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.01.2006','kelurahan','Taman Raja','15.06.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.01.2017','kelurahan','Brasau','15.06.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.01.2019','kelurahan','Gemuruh','15.06.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.01.2020','kelurahan','Pematang Tembesu','15.06.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.01.2021','kelurahan','Badang Sepakat','15.06.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.02','kecamatan','Tungkal Ilir','15.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.02.1004','kelurahan','Tungkal Empat Kota','15.06.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.02.1005','kelurahan','Tungkal III','15.06.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.02.1006','kelurahan','Tungkal Harapan','15.06.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.02.1007','kelurahan','Tungkal II','15.06.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.02.1015','kelurahan','Kampung Nelayan','15.06.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.02.1016','kelurahan','Patunas','15.06.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.02.1017','kelurahan','Sriwijaya','15.06.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.02.1018','kelurahan','Sungainibung','15.06.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.02.2003','kelurahan','Tungkal I','15.06.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.02.2014','kelurahan','Teluk Sialang','15.06.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.03','kecamatan','Pengabuan','15.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.03.1001','kelurahan','Teluknilau','15.06.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.03.2006','kelurahan','Parit Pudin','15.06.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.03.2007','kelurahan','Sungai Serindit','15.06.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.03.2008','kelurahan','Mekar Jati','15.06.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.03.2012','kelurahan','Sungai Pampang','15.06.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.03.2013','kelurahan','Parit Sidang','15.06.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.03.2014','kelurahan','Sungai Jering','15.06.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.03.2015','kelurahan','Parit Bilal','15.06.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.03.2016','kelurahan','Suak Samin','15.06.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.03.2017','kelurahan','Sungai Baung','15.06.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.03.2018','kelurahan','Karya Maju','15.06.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.03.2019','kelurahan','Sungai Raya','15.06.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.03.2020','kelurahan','Pasar Senin','15.06.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.04','kecamatan','Betara','15.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.04.1007','kelurahan','Mekar Jaya','15.06.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.04.2001','kelurahan','Pematang Lumut','15.06.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.04.2008','kelurahan','Makmur Jaya','15.06.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.04.2009','kelurahan','Serdang Jaya','15.06.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.04.2010','kelurahan','Terjun Gajah','15.06.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.04.2011','kelurahan','Lubuk Terentang','15.06.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.04.2012','kelurahan','Pematang Buluh','15.06.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.04.2013','kelurahan','Muntialo','15.06.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.04.2014','kelurahan','Teluk Kulbi','15.06.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.04.2015','kelurahan','Bunga Tanjung','15.06.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.04.2016','kelurahan','Sungai Terap','15.06.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.04.2017','kelurahan','Mandala Jaya','15.06.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.05','kecamatan','Merlung','15.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.05.1007','kelurahan','Merlung','15.06.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.05.2005','kelurahan','Penyabungan','15.06.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.05.2006','kelurahan','Lubuk Terap','15.06.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.05.2008','kelurahan','Tanjung Paku','15.06.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.05.2012','kelurahan','Tanjung Benanak','15.06.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.05.2013','kelurahan','Bukit Harapan','15.06.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.05.2014','kelurahan','Adi Purwa','15.06.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.05.2018','kelurahan','Pinang Gading','15.06.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.05.2020','kelurahan','Merlung','15.06.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.05.2021','kelurahan','Tanjung Makmur','15.06.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.06','kecamatan','Tebing Tinggi','15.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.06.1001','kelurahan','Tebing Tinggi','15.06.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.06.2002','kelurahan','Purwodadi','15.06.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.06.2003','kelurahan','Suka Damai','15.06.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.06.2004','kelurahan','Adi Jaya','15.06.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.06.2005','kelurahan','Kelagian','15.06.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.06.2006','kelurahan','Teluk Pengkah','15.06.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.06.2007','kelurahan','Talang Makmur','15.06.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.06.2008','kelurahan','Sungai Keruh','15.06.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.06.2009','kelurahan','Dataran Kempas','15.06.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.06.2010','kelurahan','Delima','15.06.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.07','kecamatan','Batang Asam','15.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.07.1001','kelurahan','Dusun Kebun','15.06.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.07.2002','kelurahan','Sri Agung','15.06.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.07.2003','kelurahan','Suban','15.06.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.07.2004','kelurahan','Tanjung Bojo','15.06.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.07.2005','kelurahan','Kampung Baru','15.06.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.07.2006','kelurahan','Lubuk Bernai','15.06.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.07.2007','kelurahan','Rawa Medang','15.06.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.07.2008','kelurahan','Sungai Penoban','15.06.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.07.2009','kelurahan','Rawang Kempas','15.06.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.07.2010','kelurahan','Lubuk Lawas','15.06.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.07.2011','kelurahan','Sungai Badar','15.06.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.08','kecamatan','Renah Mendaluh','15.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.08.1001','kelurahan','Lubuk Kambing','15.06.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.08.2002','kelurahan','Pulau Pauh','15.06.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.08.2003','kelurahan','Rantau Benar','15.06.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.08.2004','kelurahan','Lampisi','15.06.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.08.2005','kelurahan','Cinta Damai','15.06.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.08.2006','kelurahan','Sungai Rotan','15.06.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.08.2007','kelurahan','Muara Danau','15.06.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.08.2008','kelurahan','Tanah Tumbuh','15.06.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.08.2009','kelurahan','Sungai Paur','15.06.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.08.2010','kelurahan','Bukit Bakar','15.06.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.09','kecamatan','Muara Papalik','15.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.09.1001','kelurahan','Rantau Badak','15.06.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.09.2002','kelurahan','Dusun Mudo','15.06.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.09.2003','kelurahan','Intan Jaya','15.06.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.09.2004','kelurahan','Bukit Indah','15.06.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.09.2005','kelurahan','Kemang Manis','15.06.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.09.2006','kelurahan','Rantau Badak Lamo','15.06.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.09.2007','kelurahan','Lubuk Sebontan','15.06.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.09.2008','kelurahan','Sungai Papauh','15.06.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.09.2009','kelurahan','Sungai Muluk','15.06.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.09.2010','kelurahan','Pematang Balam','15.06.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.10','kecamatan','Seberang Kota','15.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.10.1001','kelurahan','Tungkal V','15.06.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.10.2002','kelurahan','Tungkal IV Desa','15.06.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.10.2003','kelurahan','Kuala Baru','15.06.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.10.2004','kelurahan','Teluk Pulai Raya','15.06.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.10.2005','kelurahan','Mekar Alam','15.06.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.10.2006','kelurahan','Harapan Jaya','15.06.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.10.2007','kelurahan','Kuala Kahar','15.06.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.10.2008','kelurahan','Muara Seberang','15.06.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.11','kecamatan','Bram Itam','15.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.11.1001','kelurahan','Bram Itam Kiri','15.06.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.11.2002','kelurahan','Bram Itam Kanan','15.06.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.11.2003','kelurahan','Tanjung Senjulang','15.06.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.11.2004','kelurahan','Pembengis','15.06.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.11.2005','kelurahan','Bram Itam Raya','15.06.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.11.2006','kelurahan','Pantai Gading','15.06.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.11.2007','kelurahan','Jati Emas','15.06.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.11.2008','kelurahan','Kemuning','15.06.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.11.2009','kelurahan','Mekar Tanjung','15.06.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.11.2010','kelurahan','Semau','15.06.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.12','kecamatan','Kuala Betara','15.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.12.1001','kelurahan','Betara Kiri','15.06.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.12.2002','kelurahan','Sungai Dualap','15.06.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.12.2003','kelurahan','Betara Kanan','15.06.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.12.2004','kelurahan','Sungai Gebar','15.06.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.12.2005','kelurahan','Dataran Pinang','15.06.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.12.2006','kelurahan','Tanjung Pasir','15.06.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.12.2007','kelurahan','Sungai Gebar Barat','15.06.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.12.2008','kelurahan','Sungai Dungun','15.06.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.12.2009','kelurahan','Kuala Indah','15.06.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.12.2010','kelurahan','Suak Labu','15.06.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.13','kecamatan','Senyerang','15.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.13.1001','kelurahan','Senyerang','15.06.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.13.2002','kelurahan','Sungai Kayu Aro','15.06.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.13.2003','kelurahan','Teluk Ketapang','15.06.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.13.2004','kelurahan','Sungai Rambai','15.06.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.13.2005','kelurahan','Margo Rukun','15.06.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.13.2006','kelurahan','Kempas Jaya','15.06.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.13.2007','kelurahan','Lumahan','15.06.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.13.2008','kelurahan','Sungai Landak','15.06.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.13.2009','kelurahan','Sungsang','15.06.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.06.13.2010','kelurahan','Sungai Kepayang','15.06.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07','kota','Kabupaten Tanjung Jabung Timur','15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.01','kecamatan','Muara Sabak Timur','15.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.01.1010','kelurahan','Muara Sabak Ilir','15.07.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.01.1013','kelurahan','Muara Sabak Ulu','15.07.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.01.2001','kelurahan','Alang-Alang','15.07.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.01.2002','kelurahan','Lambur','15.07.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.01.2004','kelurahan','Simbur Naik','15.07.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.01.2011','kelurahan','Lambur I','15.07.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.01.2012','kelurahan','Lambur II','15.07.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.01.2014','kelurahan','Kota Raja','15.07.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.01.2015','kelurahan','Siau Dalam','15.07.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.01.2016','kelurahan','Sungai Ular','15.07.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.01.2017','kelurahan','Kota Harapan','15.07.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.01.2018','kelurahan','Kuala Simbur','15.07.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.02','kecamatan','Nipah Panjang','15.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.02.1001','kelurahan','Nipah Panjang I','15.07.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.02.1002','kelurahan','Nipah Panjang II','15.07.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.02.2003','kelurahan','Simpang Jelita','15.07.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.02.2004','kelurahan','Simpang Datuk','15.07.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.02.2005','kelurahan','Teluk Kijing','15.07.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.02.2006','kelurahan','Sungai Raya','15.07.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.02.2007','kelurahan','Pemusiran','15.07.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.02.2008','kelurahan','Sungai Tering','15.07.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.02.2009','kelurahan','Sungai Jeruk','15.07.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.02.2010','kelurahan','Bunga Tanjung','15.07.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.03','kecamatan','Mendahara','15.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.03.1002','kelurahan','Mendahara Ilir','15.07.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.03.2001','kelurahan','Pangkal Duri','15.07.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.03.2003','kelurahan','Mendahara Tengah','15.07.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.03.2007','kelurahan','Lagan Ilir','15.07.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.03.2014','kelurahan','Sinar Kalimantan','15.07.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.03.2015','kelurahan','Sungai Tawar','15.07.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.03.2016','kelurahan','Bakti Idaman','15.07.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.03.2017','kelurahan','Merbau','15.07.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.03.2018','kelurahan','Pangkal Duri Ilir','15.07.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.04','kecamatan','Rantau Rasau','15.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.04.1006','kelurahan','Bandar Jaya','15.07.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.04.2004','kelurahan','Rantau Rasau I','15.07.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.04.2005','kelurahan','Rantau Rasau II','15.07.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.04.2007','kelurahan','Harapan Makmur','15.07.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.04.2008','kelurahan','Bangun Karya','15.07.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.04.2009','kelurahan','Rantau Jaya','15.07.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.04.2011','kelurahan','Sungai Dusun','15.07.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.04.2013','kelurahan','Karya Bakti','15.07.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.04.2014','kelurahan','Marga Mulya','15.07.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.04.2015','kelurahan','Pematang Mayan','15.07.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.04.2016','kelurahan','Tri Mulyo','15.07.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.05','kecamatan','S a d u','15.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.05.1005','kelurahan','Sungai Lokan','15.07.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.05.2001','kelurahan','Sungai Sayang','15.07.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.05.2002','kelurahan','Air Hitam Laut','15.07.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.05.2003','kelurahan','Sungai Jambat','15.07.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.05.2004','kelurahan','Sungai Itik','15.07.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.05.2006','kelurahan','Sungai Benuh','15.07.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.05.2007','kelurahan','Sungai Cemara','15.07.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.05.2008','kelurahan','Remau Baku Tuo','15.07.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.05.2009','kelurahan','Labuhan Pering','15.07.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.06','kecamatan','Dendang','15.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.06.1006','kelurahan','Rantau Indah','15.07.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.06.2003','kelurahan','Kuala Dendang','15.07.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.06.2004','kelurahan','Koto Kandis Dendang','15.07.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.06.2005','kelurahan','Koto Kandis','15.07.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.06.2007','kelurahan','Sido Mukti','15.07.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.06.2008','kelurahan','Catur Rahayu','15.07.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.06.2009','kelurahan','Jati Mulyo','15.07.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.07','kecamatan','Muara Sabak Barat','15.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.07.1001','kelurahan','Kampung Singkep','15.07.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.07.1002','kelurahan','Nibung Putih','15.07.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.07.1003','kelurahan','Rano','15.07.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.07.1004','kelurahan','Talang Babat','15.07.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.07.1005','kelurahan','Parit Culum I','15.07.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.07.1006','kelurahan','Parit Culum II','15.07.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.07.1007','kelurahan','Teluk Dawan','15.07.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.08','kecamatan','Kuala Jambi','15.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.08.1001','kelurahan','Kampung Laut','15.07.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.08.1002','kelurahan','Tanjung Solok','15.07.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.08.2003','kelurahan','Teluk Majelis','15.07.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.08.2004','kelurahan','Kuala Lagan','15.07.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.08.2005','kelurahan','Majelis Hidayah','15.07.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.08.2006','kelurahan','Manunggal Makmur','15.07.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.09','kecamatan','Mendahara Ulu','15.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.09.1001','kelurahan','Simpang Tuan','15.07.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.09.2002','kelurahan','Pematang Rahim','15.07.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.09.2003','kelurahan','Sungai Toman','15.07.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.09.2004','kelurahan','Bukit Tempurung','15.07.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.09.2005','kelurahan','Sinar Wajo','15.07.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.09.2006','kelurahan','Sungai Beras','15.07.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.09.2007','kelurahan','Mencolok','15.07.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.10','kecamatan','Geragai','15.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.10.1010','kelurahan','Pandan Jaya','15.07.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.10.2001','kelurahan','Lagan Ulu','15.07.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.10.2002','kelurahan','Lagan Tengah','15.07.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.10.2004','kelurahan','Pandan Makmur','15.07.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.10.2005','kelurahan','Pandan Lagan','15.07.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.10.2006','kelurahan','Suka Maju','15.07.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.10.2007','kelurahan','Kota Baru','15.07.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.10.2008','kelurahan','Rantau Karya','15.07.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.10.2009','kelurahan','Pandan Sejahtera','15.07.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.11','kecamatan','Berbak','15.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.11.1001','kelurahan','Simpang','15.07.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.11.2002','kelurahan','Rantau Rasau','15.07.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.11.2003','kelurahan','Rantau Makmur','15.07.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.11.2004','kelurahan','Sungai Rambut','15.07.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.11.2005','kelurahan','Rawasari','15.07.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.07.11.2006','kelurahan','Telaga Limo','15.07.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08','kota','Kabupaten Bungo','15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.01','kecamatan','Tanah Tumbuh','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.01.2001','kelurahan','Pedukun','15.08.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.01.2002','kelurahan','Lubuk Niur','15.08.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.01.2003','kelurahan','Teluk Kecimbung','15.08.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.01.2004','kelurahan','Tanah Tumbuh','15.08.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.01.2005','kelurahan','Rambah','15.08.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.01.2006','kelurahan','Tebing Tinggi Uleh','15.08.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.01.2007','kelurahan','Bukit Kemang','15.08.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.01.2008','kelurahan','Panjang','15.08.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.01.2009','kelurahan','Perenti Luweh','15.08.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.01.2015','kelurahan','Renah Jelmu','15.08.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.01.2016','kelurahan','Koto Jayo','15.08.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.02','kecamatan','Rantau Pandan','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.02.2001','kelurahan','Rantau Duku','15.08.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.02.2002','kelurahan','Talang Sungai Bungo','15.08.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.02.2003','kelurahan','Rantau Pandan','15.08.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.02.2004','kelurahan','Leban','15.08.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.02.2005','kelurahan','Lubuk Kayu Aro','15.08.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.02.2015','kelurahan','Lubuk Mayan','15.08.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.03','kecamatan','Pasar Muaro Bungo','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.03.1006','kelurahan','Tanjung Gedang','15.08.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.03.1007','kelurahan','Bungo Timur','15.08.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.03.1008','kelurahan','Bungo Barat','15.08.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.03.1022','kelurahan','Jaya Setia','15.08.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.03.1023','kelurahan','Batang Bungo','15.08.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.04','kecamatan','Jujuhan','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.04.2001','kelurahan','Tanjung Belit','15.08.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.04.2002','kelurahan','Rantau Ikil','15.08.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.04.2003','kelurahan','Pulau Jelmu','15.08.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.04.2004','kelurahan','Sirih Sekapur','15.08.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.04.2005','kelurahan','Ujung Tanjung','15.08.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.04.2007','kelurahan','Jumbak','15.08.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.04.2009','kelurahan','Rantau Panjang','15.08.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.04.2013','kelurahan','Talang Pamesun','15.08.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.04.2014','kelurahan','Baru Balai Panjang','15.08.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.04.2015','kelurahan','Sirih Sekapur','15.08.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.05','kecamatan','Tanah Sepenggal','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.05.2001','kelurahan','Teluk Pandak','15.08.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.05.2003','kelurahan','Empelu','15.08.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.05.2006','kelurahan','Pasar Lubuk Landai','15.08.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.05.2007','kelurahan','Sungai Gambir','15.08.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.05.2009','kelurahan','Candi','15.08.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.05.2010','kelurahan','Tanjung','15.08.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.05.2012','kelurahan','Tanah Bekali','15.08.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.05.2015','kelurahan','Telentam','15.08.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.05.2017','kelurahan','Pasar Rantau','15.08.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.05.2019','kelurahan','Tenam','15.08.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06','kecamatan','Pelepat','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06.2001','kelurahan','Baru Pelepat','15.08.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06.2002','kelurahan','Dwi Karya Bakti','15.08.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06.2003','kelurahan','Rantau Keloyang','15.08.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06.2004','kelurahan','Balai Jaya','15.08.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06.2005','kelurahan','Rantel','15.08.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06.2006','kelurahan','Senamat','15.08.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06.2007','kelurahan','Sungai Beringin','15.08.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06.2008','kelurahan','Sungai Gurun','15.08.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06.2009','kelurahan','Batu Kerbau','15.08.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06.2010','kelurahan','Gapura Suci','15.08.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06.2011','kelurahan','Mulya Bakti','15.08.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06.2012','kelurahan','Mulya Jaya','15.08.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06.2013','kelurahan','Cilodang','15.08.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06.2014','kelurahan','Bukit Telago','15.08.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.06.2015','kelurahan','Sekampil','15.08.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.07','kecamatan','Limbur Lubuk Mengkuang','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.07.2001','kelurahan','Tanjung Bungo','15.08.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.07.2002','kelurahan','Tuo Lbk. Mengkuang','15.08.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.07.2003','kelurahan','Pauh Agung','15.08.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.07.2004','kelurahan','Tuo Limbur','15.08.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.07.2005','kelurahan','Renah Sungai Besar','15.08.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.07.2006','kelurahan','Muaro Tebo Pandak','15.08.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.07.2007','kelurahan','Rantau Tipu','15.08.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.07.2008','kelurahan','Baru Lbk. Mengkuang','15.08.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.07.2009','kelurahan','Lbk. Tanah Terban','15.08.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.07.2010','kelurahan','Pemunyian','15.08.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.07.2011','kelurahan','Renah Sungai Ipuh','15.08.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.07.2012','kelurahan','Tebo Jaya','15.08.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.07.2013','kelurahan','Sekar Mengkuang','15.08.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.07.2014','kelurahan','Limbur Baru','15.08.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.08','kecamatan','Muko-muko Bathin VII','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.08.2001','kelurahan','Mangun Jayo','15.08.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.08.2002','kelurahan','Tanjung Agung','15.08.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.08.2003','kelurahan','Tebat','15.08.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.08.2004','kelurahan','Baru Pusat Jalo','15.08.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.08.2005','kelurahan','Bedaro','15.08.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.08.2006','kelurahan','Tebing Tinggi','15.08.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.08.2007','kelurahan','Datar','15.08.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.08.2008','kelurahan','Suka Jaya','15.08.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.08.2009','kelurahan','Pekan Jum''at','15.08.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09','kecamatan','Pelepat Ilir','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2001','kelurahan','Koto Jayo','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2002','kelurahan','Danau','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2003','kelurahan','Muara Kuamang','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2004','kelurahan','Lubuk','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2005','kelurahan','Purwosari','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2006','kelurahan','Lembah Kuamang','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2007','kelurahan','Sumber Harapan','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2008','kelurahan','Daya Murni','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2009','kelurahan','Sumber Mulya','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2010','kelurahan','Maju Jaya','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2011','kelurahan','Tirta Mulya','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2012','kelurahan','Lingga Kuamang','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2013','kelurahan','Bangun Harjo','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2014','kelurahan','Kuning gading','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2015','kelurahan','Kuamang Jaya','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2016','kelurahan','Karya Harapan Mukti','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.09.2017','kelurahan','Padang Palangeh','15.08.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.10','kecamatan','Batin II Babeko','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.10.2001','kelurahan','Tanjung Menanti','15.08.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.10.2002','kelurahan','Babeko','15.08.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.10.2003','kelurahan','Sepunggur','15.08.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.10.2004','kelurahan','Simpang Bebeko','15.08.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.10.2005','kelurahan','Suka Makmur','15.08.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.10.2006','kelurahan','Tuo Sepunggur','15.08.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.11','kecamatan','Bathin III','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.11.1001','kelurahan','Manggis','15.08.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.11.1003','kelurahan','Bungo Taman Agung','15.08.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.11.1004','kelurahan','Sungai Binjai','15.08.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.11.2002','kelurahan','Lubuk Benteng','15.08.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.11.2005','kelurahan','Air Gemuruh','15.08.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.11.2006','kelurahan','Purwo Bakti','15.08.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.11.2007','kelurahan','Sarana Jaya','15.08.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.11.2008','kelurahan','Teluk Panjang','15.08.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.12','kecamatan','Bungo Dani','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.12.1001','kelurahan','Sungai Pinang','15.08.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.12.1002','kelurahan','Sungai Kerjan','15.08.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.12.2003','kelurahan','Talang Pantai','15.08.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.12.2004','kelurahan','Sungai Arang','15.08.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.12.2005','kelurahan','Pulau Pekan','15.08.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.13','kecamatan','Rimbo Tengah','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.13.1001','kelurahan','Pasir Putih','15.08.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.13.1002','kelurahan','Cadika','15.08.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.13.2003','kelurahan','Sungai Mengkuang','15.08.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.13.2004','kelurahan','Sungai Buluh','15.08.13','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.14','kecamatan','Bathin III Ulu','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.14.2001','kelurahan','Muara Buat','15.08.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.14.2002','kelurahan','Buat','15.08.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.14.2003','kelurahan','Laman Panjang','15.08.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.14.2004','kelurahan','Karak Apung','15.08.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.14.2005','kelurahan','Timbolasi','15.08.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.14.2006','kelurahan','Senamat Ulu','15.08.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.14.2007','kelurahan','Aur Cino','15.08.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.14.2008','kelurahan','Lubuk Beringin','15.08.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.14.2009','kelurahan','Sungai Telang','15.08.14','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.15','kecamatan','Bathin II Pelayang','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.15.2001','kelurahan','Pelayang','15.08.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.15.2002','kelurahan','Peninjau','15.08.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.15.2003','kelurahan','Talang Silungko','15.08.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.15.2004','kelurahan','Pulau Kerakap','15.08.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.15.2005','kelurahan','Seberang Jaya','15.08.15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.16','kecamatan','Jujuhan Ilir','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.16.2001','kelurahan','Tepian Danto','15.08.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.16.2002','kelurahan','Aur Gading','15.08.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.16.2003','kelurahan','Pulau Batu','15.08.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.16.2004','kelurahan','Sari Mulya','15.08.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.16.2005','kelurahan','Bukit Sari','15.08.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.16.2006','kelurahan','Lubuk Tenam','15.08.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.16.2007','kelurahan','Kuamang','15.08.16','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.17','kecamatan','Tanah Sepenggal Lintas','15.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.17.2001','kelurahan','Sungai Mancur','15.08.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.17.2002','kelurahan','Tanah Periuk','15.08.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.17.2003','kelurahan','Lubuk Landai','15.08.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.17.2004','kelurahan','Rantau Embacang','15.08.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.17.2005','kelurahan','Tebing Tinggi','15.08.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.17.2006','kelurahan','Embacang Gedang','15.08.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.17.2007','kelurahan','Sungai Puri','15.08.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.17.2008','kelurahan','Paku Aji','15.08.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.17.2009','kelurahan','Pematang Panjang','15.08.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.17.2010','kelurahan','Sungai Lilin','15.08.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.17.2011','kelurahan','Sungai Tembang','15.08.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.08.17.2012','kelurahan','Rantau Makmur','15.08.17','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09','kota','Kabupaten Tebo','15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.01','kecamatan','Tebo Tengah','15.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.01.1001','kelurahan','Muara Tebo','15.09.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.01.1002','kelurahan','Tebing Tinggi','15.09.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.01.2003','kelurahan','Bedaro Rampak','15.09.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.01.2004','kelurahan','Mangun Jayo','15.09.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.01.2005','kelurahan','Teluk Pandak','15.09.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.01.2006','kelurahan','Tengah Ulu','15.09.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.01.2007','kelurahan','Semabu','15.09.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.01.2008','kelurahan','Kandang','15.09.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.01.2009','kelurahan','Pelayang','15.09.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.01.2010','kelurahan','Sungai Keruh','15.09.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.01.2011','kelurahan','Aburan Batang Tebo','15.09.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.01.2012','kelurahan','Sungai Alai','15.09.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.02','kecamatan','Tebo Ilir','15.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.02.1001','kelurahan','Sungai Bengkal','15.09.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.02.2002','kelurahan','Sungai Aro','15.09.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.02.2003','kelurahan','Teluk Rendah Pasar','15.09.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.02.2004','kelurahan','Teluk Rendah Ulu','15.09.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.02.2005','kelurahan','Teluk Rendah Ilir','15.09.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.02.2008','kelurahan','Tuo Ilir','15.09.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.02.2011','kelurahan','Betung Bedarah Timur','15.09.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.02.2012','kelurahan','Betung Bedarah Barat','15.09.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.02.2014','kelurahan','Kunangan','15.09.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.02.2015','kelurahan','Muara ketalo','15.09.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.02.2017','kelurahan','Sungai Bengkal Barat','15.09.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.02.2018','kelurahan','Kemantan','15.09.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03','kecamatan','Tebo Ulu','15.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.1001','kelurahan','Pulau Temiang','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2002','kelurahan','Sungai Rambai','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2003','kelurahan','Pagar Puding','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2004','kelurahan','Teluk Kembang Jambu','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2005','kelurahan','Teluk Kasai Rambahan','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2006','kelurahan','Rantau langkap','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2007','kelurahan','Tanjung Aur','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2008','kelurahan','Bungo Tanjung','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2009','kelurahan','Pulau Panjang','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2010','kelurahan','Lubuk Benteng','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2011','kelurahan','Teluk Kuali','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2012','kelurahan','Melako Intan','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2015','kelurahan','Jambu','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2016','kelurahan','Pulau Jelmu','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2017','kelurahan','Medan Seri Rambahan','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2018','kelurahan','Ulak Banjir Rambahan','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.03.2019','kelurahan','Teluk Pandan Rambahan','15.09.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04','kecamatan','Rimbo Bujang','15.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.1001','kelurahan','Wirotho Agung','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.1009','kelurahan','Sarana Agung','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.1010','kelurahan','Mandiri Agung','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.2002','kelurahan','Perintis','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.2003','kelurahan','Rimbo Mulyo','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.2004','kelurahan','Purwo Harjo','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.2005','kelurahan','Tegal Arum','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.2006','kelurahan','Tirta Kencana','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.2007','kelurahan','Sapta Mulia','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.2008','kelurahan','Pematang Sapat','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.2011','kelurahan','Mekar Kencana','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.2012','kelurahan','Purwo Dadi','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.2013','kelurahan','Tegal Asri','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.2014','kelurahan','Perintis Jaya','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.2015','kelurahan','Perintis Makmur','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.04.2016','kelurahan','Jaya Mulya','15.09.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.05','kecamatan','Sumay','15.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.05.2001','kelurahan','Teluk Singkawang','15.09.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.05.2002','kelurahan','Lembak Bungur','15.09.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.05.2003','kelurahan','Teluk Langkap','15.09.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.05.2004','kelurahan','Tambun Arang','15.09.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.05.2005','kelurahan','Punti Kalo','15.09.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.05.2006','kelurahan','Jati Belarik','15.09.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.05.2007','kelurahan','Tuo Sumay','15.09.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.05.2008','kelurahan','Teriti','15.09.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.05.2009','kelurahan','Suo-Suo','15.09.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.05.2010','kelurahan','Muara Sekalo','15.09.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.05.2011','kelurahan','Semambu','15.09.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.05.2012','kelurahan','Pemayungan','15.09.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.06','kecamatan','VII Koto','15.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.06.2001','kelurahan','Tanjung Pucuk Jambi','15.09.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.06.2002','kelurahan','Kuamang','15.09.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.06.2003','kelurahan','Teluk Kayu Putih','15.09.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.06.2004','kelurahan','Sungai Abang','15.09.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.06.2005','kelurahan','Aur Cino Lembayo','15.09.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.06.2007','kelurahan','Muara Niro','15.09.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.06.2013','kelurahan','Teluk Lancang','15.09.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.06.2014','kelurahan','Dusun Baru','15.09.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.06.2015','kelurahan','Tabun','15.09.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.06.2016','kelurahan','Muara Tabun','15.09.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.07','kecamatan','Rimbo Ulu','15.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.07.2001','kelurahan','Suka Damai','15.09.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.07.2002','kelurahan','Wana Reja','15.09.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.07.2003','kelurahan','Sumber Sari','15.09.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.07.2004','kelurahan','Sido Rukun','15.09.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.07.2005','kelurahan','Sungai Pandan','15.09.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.07.2006','kelurahan','Suka Maju','15.09.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.07.2007','kelurahan','Mekar Sari','15.09.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.07.2008','kelurahan','Wana Arum','15.09.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.07.2009','kelurahan','Wana Mulya','15.09.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.07.2010','kelurahan','Damai Makmur','15.09.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.07.2011','kelurahan','Suka Jaya','15.09.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.07.2012','kelurahan','Sido Mulyo','15.09.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.08','kecamatan','Rimbo Ilir','15.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.08.2001','kelurahan','Giriwinangun','15.09.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.08.2002','kelurahan','Sidorejo','15.09.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.08.2003','kelurahan','Pulung Rejo','15.09.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.08.2004','kelurahan','Karang Dadi','15.09.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.08.2005','kelurahan','Giri Purno','15.09.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.08.2006','kelurahan','Sumber Agung','15.09.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.08.2007','kelurahan','Sari Mulya','15.09.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.08.2008','kelurahan','Sepakat Bersatu','15.09.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.08.2009','kelurahan','Rantau Kembang','15.09.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.08.2010','kelurahan','Giri Mulyo','15.09.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.09','kecamatan','Tengah Ilir','15.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.09.2001','kelurahan','Muara Kilis','15.09.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.09.2002','kelurahan','Penapalan','15.09.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.09.2003','kelurahan','Mengupeh','15.09.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.09.2004','kelurahan','Rantau Api','15.09.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.09.2005','kelurahan','Lubuk Mandarsah','15.09.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.09.2006','kelurahan','Lubuk Mandarsah Ulu','15.09.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.10','kecamatan','Serai Serumpun','15.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.10.2001','kelurahan','Pinang Belai','15.09.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.10.2002','kelurahan','Sekutur Jaya','15.09.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.10.2003','kelurahan','Bukit Pemuatan','15.09.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.10.2004','kelurahan','Napal Putih','15.09.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.10.2005','kelurahan','Sako Makmur','15.09.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.10.2006','kelurahan','Pagar Puding Lamo','15.09.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.10.2007','kelurahan','Tanjung Aur Seberang','15.09.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.10.2008','kelurahan','Teluk Melintang','15.09.10','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.11','kecamatan','VII Koto Ilir','15.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.11.2001','kelurahan','Teluk Kepayang Pulau Indah','15.09.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.11.2002','kelurahan','Balai Rajo','15.09.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.11.2003','kelurahan','Cermin Alam','15.09.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.11.2004','kelurahan','Sungai Karang','15.09.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.11.2005','kelurahan','Paseban','15.09.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.11.2006','kelurahan','Pasir Mayang','15.09.11','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.12','kecamatan','Muara Tabir','15.09','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.12.2001','kelurahan','Tanah Garo','15.09.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.12.2002','kelurahan','Pintas Tuo','15.09.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.12.2003','kelurahan','Embacang Gedang','15.09.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.12.2004','kelurahan','Bangun Seranten','15.09.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.12.2005','kelurahan','Tambun Arang','15.09.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.12.2006','kelurahan','Sungai Jernih','15.09.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.12.2007','kelurahan','Bangko Pintas','15.09.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.09.12.2008','kelurahan','Olak Kemang','15.09.12','',NULL,NULL);
INSERT INTO wilayah VALUES('15.71','kota','Kota Jambi','15','1571',NULL,NULL);
INSERT INTO wilayah VALUES('15.71.01','kecamatan','Telanaipura','15.71','',NULL,NULL);
INSERT INTO wilayah VALUES('15.71.01.1001','kelurahan','Simpang IV Sipin','15.71.01','1571050002',-1.6155699999999999505,103.57677400000000033);
INSERT INTO wilayah VALUES('15.71.01.1002','kelurahan','Buluran Kenali','15.71.01','1571050009',-1.5939350000000001017,103.5733720000000062);
INSERT INTO wilayah VALUES('15.71.01.1003','kelurahan','Teluk Kenali','15.71.01','1571050010',-1.58439400000000008,103.56703299999999501);
INSERT INTO wilayah VALUES('15.71.01.1004','kelurahan','Telanaipura','15.71.01','1571050003',-1.606772000000000089,103.58165200000000539);
INSERT INTO wilayah VALUES('15.71.01.1010','kelurahan','Penyengat Rendah','15.71.01','1571050001',-1.5772150000000000336,103.55530500000000415);
INSERT INTO wilayah VALUES('15.71.01.1011','kelurahan','Pematang Sulur','15.71.01','1571050011',-1.6040509999999998935,103.56557499999999549);
INSERT INTO wilayah VALUES('15.71.01.1012','kelurahan','Aur Kenali','15.71.01','',-1.5989729999999999776,103.54989600000000393);
INSERT INTO wilayah VALUES('15.71.02','kecamatan','Jambi Selatan','15.71','',NULL,NULL);
INSERT INTO wilayah VALUES('15.71.02.1002','kelurahan','Pasir Putih','15.71.02','1571020003',-1.6193139999999999201,103.63880799999999738);
INSERT INTO wilayah VALUES('15.71.02.1003','kelurahan','Tambak Sari','15.71.02','1571020006',-1.6117179999999999839,103.62354999999999449);
INSERT INTO wilayah VALUES('15.71.02.1004','kelurahan','Thehok','15.71.02','1571020007',-1.6329730000000000078,103.62657799999999497);
INSERT INTO wilayah VALUES('15.71.02.1005','kelurahan','Wijaya Pura','15.71.02','1571020004',-1.6130430000000000045,103.63409199999999543);
INSERT INTO wilayah VALUES('15.71.02.1006','kelurahan','Pakuan Baru','15.71.02','1571020005',-1.6089560000000000528,103.6273390000000063);
INSERT INTO wilayah VALUES('15.71.03','kecamatan','Jambi Timur','15.71','',NULL,NULL);
INSERT INTO wilayah VALUES('15.71.03.1001','kelurahan','Sijenjang','15.71.03','1571080010',-1.5722970000000000556,103.64069000000000642);
INSERT INTO wilayah VALUES('15.71.03.1002','kelurahan','Kasang Jaya','15.71.03','1571080009',-1.584710000000000063,103.63344200000000228);
INSERT INTO wilayah VALUES('15.71.03.1003','kelurahan','Talang Banjar','15.71.03','1571080003',-1.6024190000000000377,103.63434200000000373);
INSERT INTO wilayah VALUES('15.71.03.1004','kelurahan','Budiman','15.71.03','1571080002',-1.5998339999999999783,103.62539700000000664);
INSERT INTO wilayah VALUES('15.71.03.1005','kelurahan','Sulanjana','15.71.03','1571080001',-1.5961220000000000407,103.62147500000000377);
INSERT INTO wilayah VALUES('15.71.03.1006','kelurahan','Kasang','15.71.03','1571080008',-1.5837280000000000246,103.62472800000000461);
INSERT INTO wilayah VALUES('15.71.03.1007','kelurahan','Tanjung Sari','15.71.03','1571080005',-1.5914500000000000312,103.63883400000000278);
INSERT INTO wilayah VALUES('15.71.03.1008','kelurahan','Rajawali','15.71.03','1571080007',-1.5911210000000000075,103.62295799999999701);
INSERT INTO wilayah VALUES('15.71.03.1010','kelurahan','Tanjung Pinang','15.71.03','1571080006',-1.5935239999999999405,103.63097999999999387);
INSERT INTO wilayah VALUES('15.71.04','kecamatan','Pasar Jambi','15.71','',NULL,NULL);
INSERT INTO wilayah VALUES('15.71.04.1001','kelurahan','Beringin','15.71.04','1571040001',-1.5942279999999999784,103.61062300000000391);
INSERT INTO wilayah VALUES('15.71.04.1002','kelurahan','Orang Kayo Hitam','15.71.04','1571040003',-1.5917660000000000142,103.61443099999999617);
INSERT INTO wilayah VALUES('15.71.04.1003','kelurahan','Pasar Jambi','15.71.04','1571040004',-1.5897499999999999964,103.61653699999999389);
INSERT INTO wilayah VALUES('15.71.04.1004','kelurahan','Sungai Asam','15.71.04','1571040002',-1.5976980000000000625,103.61592699999999922);
INSERT INTO wilayah VALUES('15.71.05','kecamatan','Pelayangan','15.71','',NULL,NULL);
INSERT INTO wilayah VALUES('15.71.05.1001','kelurahan','Arab Melayu','15.71.05','1571070004',-1.5814619999999999233,103.61684499999999786);
INSERT INTO wilayah VALUES('15.71.05.1002','kelurahan','Mudung Laut','15.71.05','1571070003',-1.5688869999999999205,103.6138339999999971);
INSERT INTO wilayah VALUES('15.71.05.1003','kelurahan','Jelmu','15.71.05','1571070002',-1.566845999999999961,103.61146700000000464);
INSERT INTO wilayah VALUES('15.71.05.1004','kelurahan','Tengah','15.71.05','1571070001',-1.5714490000000000957,103.60859399999999652);
INSERT INTO wilayah VALUES('15.71.05.1005','kelurahan','Tahtul Yaman','15.71.05','1571070005',-1.5645050000000000345,103.62091800000000318);
INSERT INTO wilayah VALUES('15.71.05.1006','kelurahan','Tanjung Johor','15.71.05','1571070006',-1.5569999999999999396,103.63532800000000122);
INSERT INTO wilayah VALUES('15.71.06','kecamatan','Danau Teluk','15.71','',NULL,NULL);
INSERT INTO wilayah VALUES('15.71.06.1001','kelurahan','Pasir Panjang','15.71.06','1571060001',-1.5734220000000000982,103.5807180000000045);
INSERT INTO wilayah VALUES('15.71.06.1002','kelurahan','Tanjung Raden','15.71.06','1571060002',-1.5828960000000000807,103.5871400000000051);
INSERT INTO wilayah VALUES('15.71.06.1003','kelurahan','Olak Kemang','15.71.06','1571060004',-1.5676849999999999951,103.59886299999999436);
INSERT INTO wilayah VALUES('15.71.06.1004','kelurahan','Tanjung Pasir','15.71.06','1571060003',-1.5837179999999999591,103.59343499999999948);
INSERT INTO wilayah VALUES('15.71.06.1005','kelurahan','Ulu Gedong','15.71.06','1571060005',-1.5641560000000001018,103.60709500000000104);
INSERT INTO wilayah VALUES('15.71.07','kecamatan','Kota Baru','15.71','',NULL,NULL);
INSERT INTO wilayah VALUES('15.71.07.1001','kelurahan','Suka Karya','15.71.07','1571010004',-1.6315159999999999662,103.60060799999999403);
INSERT INTO wilayah VALUES('15.71.07.1002','kelurahan','Simpang III Sipin','15.71.07','1571010003',-1.6280829999999999468,103.59166000000000451);
INSERT INTO wilayah VALUES('15.71.07.1004','kelurahan','Paal Lima','15.71.07','1571010007',-1.6357580000000000453,103.6102329999999938);
INSERT INTO wilayah VALUES('15.71.07.1005','kelurahan','Kenali Asam Bawah','15.71.07','1571010005',-1.6639589999999999658,103.60508299999999337);
INSERT INTO wilayah VALUES('15.71.07.1006','kelurahan','Kenali Asam Atas','15.71.07','1571010006',-1.6534009999999998985,103.6143069999999966);
INSERT INTO wilayah VALUES('15.71.07.1011','kelurahan','Talang Gulo','15.71.07','',-1.6776379999999999625,103.60804500000000416);
INSERT INTO wilayah VALUES('15.71.07.1012','kelurahan','Kenali Asam','15.71.07','',-1.6544520000000000337,103.59046499999999468);
INSERT INTO wilayah VALUES('15.71.08','kecamatan','Jelutung','15.71','',NULL,NULL);
INSERT INTO wilayah VALUES('15.71.08.1001','kelurahan','Talang Jauh','15.71.08','1571030006',-1.6048119999999999052,103.61902100000000359);
INSERT INTO wilayah VALUES('15.71.08.1002','kelurahan','Cempaka Putih','15.71.08','1571030005',-1.6055649999999999089,103.61362300000000403);
INSERT INTO wilayah VALUES('15.71.08.1003','kelurahan','Kebun Handil','15.71.08','1571030001',-1.6251430000000000042,103.61826399999999637);
INSERT INTO wilayah VALUES('15.71.08.1004','kelurahan','Lebak Bandung','15.71.08','1571030004',-1.6067830000000000723,103.6074299999999937);
INSERT INTO wilayah VALUES('15.71.08.1005','kelurahan','Payo Lebar','15.71.08','1571030003',-1.6105480000000000906,103.60179499999999563);
INSERT INTO wilayah VALUES('15.71.08.1006','kelurahan','Jelutung','15.71.08','1571030002',-1.6159930000000000127,103.61421500000000151);
INSERT INTO wilayah VALUES('15.71.08.1007','kelurahan','Handil Jaya','15.71.08','1571030007',-1.6324980000000000046,103.61648700000000645);
INSERT INTO wilayah VALUES('15.71.09','kecamatan','Alam Barajo','15.71','',NULL,NULL);
INSERT INTO wilayah VALUES('15.71.09.1001','kelurahan','Kenali Besar','15.71.09','1571011001',-1.6420049999999999368,103.54232899999999517);
INSERT INTO wilayah VALUES('15.71.09.1002','kelurahan','Rawa Sari','15.71.09','1571011002',-1.6251409999999999467,103.57332100000000707);
INSERT INTO wilayah VALUES('15.71.09.1003','kelurahan','Mayang Mangurai','15.71.09','1571011005',-1.6551359999999999406,103.57407899999999756);
INSERT INTO wilayah VALUES('15.71.09.1004','kelurahan','Bagan Pete','15.71.09','1571011003',-1.664673999999999987,103.55631300000000294);
INSERT INTO wilayah VALUES('15.71.09.1005','kelurahan','Beliung','15.71.09','1571011004',-1.6327890000000000458,103.57670899999999392);
INSERT INTO wilayah VALUES('15.71.09.1006','kelurahan','Simpang Rimbo','15.71.09','',-1.6350830000000000641,103.56080400000000451);
INSERT INTO wilayah VALUES('15.71.09.1007','kelurahan','Pinang Merah','15.71.09','',-1.6616070000000000561,103.54428900000000623);
INSERT INTO wilayah VALUES('15.71.10','kecamatan','Danau Sipin','15.71','',NULL,NULL);
INSERT INTO wilayah VALUES('15.71.10.1001','kelurahan','Sungai Putri','15.71.10','1571051002',-1.606888000000000094,103.59047200000000544);
INSERT INTO wilayah VALUES('15.71.10.1002','kelurahan','Murni','15.71.10','1571051004',-1.5984849999999999337,103.60483399999999675);
INSERT INTO wilayah VALUES('15.71.10.1003','kelurahan','Legok','15.71.10','1571051005',-1.5945599999999999774,103.59374699999999336);
INSERT INTO wilayah VALUES('15.71.10.1004','kelurahan','Selamat','15.71.10','1571051001',-1.61560400000000004,103.59330799999999328);
INSERT INTO wilayah VALUES('15.71.10.1005','kelurahan','Solok Sipin','15.71.10','1571051003',-1.6015980000000000771,103.59938499999999805);
INSERT INTO wilayah VALUES('15.71.11','kecamatan','Paal Merah','15.71','',NULL,NULL);
INSERT INTO wilayah VALUES('15.71.11.1001','kelurahan','Talang Bakung','15.71.11','1571021002',-1.6259280000000000399,103.64953199999999356);
INSERT INTO wilayah VALUES('15.71.11.1002','kelurahan','Payo Selincah','15.71.11','1571021005',-1.5972480000000000011,103.64861199999999997);
INSERT INTO wilayah VALUES('15.71.11.1003','kelurahan','Eka Jaya','15.71.11','1571021004',-1.6141129999999999089,103.66152700000000663);
INSERT INTO wilayah VALUES('15.71.11.1004','kelurahan','Lingkar Selatan','15.71.11','1571021003',-1.6504010000000000069,103.63774200000000292);
INSERT INTO wilayah VALUES('15.71.11.1005','kelurahan','Paal Merah','15.71.11','1571021001',-1.6420330000000000758,103.63988999999999407);
INSERT INTO wilayah VALUES('15.71.11.1006','kelurahan','Bakung Jaya','15.71.11','',-1.6285240000000000826,103.66680499999999654);
INSERT INTO wilayah VALUES('15.72','kota','Kota Sungai Penuh','15','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.01','kecamatan','Sungai Penuh','15.72','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.01.1001','kelurahan','Sungai Penuh','15.72.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.01.1003','kelurahan','Pasar Sungai Penuh','15.72.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.01.2004','kelurahan','Pasar Baru','15.72.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.01.2006','kelurahan','Gedang','15.72.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.01.2014','kelurahan','Amar Sakti','15.72.01','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.02','kecamatan','Pesisir Bukit','15.72','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.02.2001','kelurahan','Koto Renah','15.72.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.02.2002','kelurahan','Koto Keras','15.72.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.02.2003','kelurahan','Koto Bento','15.72.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.02.2004','kelurahan','Koto Lolo','15.72.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.02.2005','kelurahan','Koto Tengah','15.72.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.02.2008','kelurahan','Koto Duo','15.72.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.02.2010','kelurahan','Sungai Liuk','15.72.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.02.2011','kelurahan','Seberang','15.72.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.02.2015','kelurahan','Sumur Gedang','15.72.02','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.03','kecamatan','Hamparan Rawang','15.72','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.03.2001','kelurahan','Kampung Diilir','15.72.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.03.2002','kelurahan','Koto Beringin','15.72.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.03.2003','kelurahan','Maliki Air','15.72.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.03.2004','kelurahan','Tanjung','15.72.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.03.2005','kelurahan','Koto Teluk','15.72.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.03.2006','kelurahan','Kampung Dalam','15.72.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.03.2007','kelurahan','Simpang Tiga Rawang','15.72.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.03.2008','kelurahan','Larik Kemahan','15.72.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.03.2009','kelurahan','Dusun Diilir','15.72.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.03.2010','kelurahan','Paling Serumpun','15.72.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.03.2011','kelurahan','Koto Dian','15.72.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.03.2012','kelurahan','Tanjung Muda','15.72.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.03.2013','kelurahan','Cempaka','15.72.03','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.04','kecamatan','Tanah Kampung','15.72','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.04.2001','kelurahan','Baru Debai','15.72.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.04.2002','kelurahan','Pendung Hiang','15.72.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.04.2003','kelurahan','Koto Pudung','15.72.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.04.2004','kelurahan','Koto Dumo','15.72.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.04.2005','kelurahan','Sembilan','15.72.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.04.2006','kelurahan','Koto Tuo','15.72.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.04.2007','kelurahan','Koto Panap','15.72.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.04.2008','kelurahan','Koto Tengah','15.72.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.04.2009','kelurahan','Tanjung Bunga','15.72.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.04.2010','kelurahan','Koto Padang','15.72.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.04.2011','kelurahan','Tanjung Karang','15.72.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.04.2012','kelurahan','Kt. Baru Tanah Kampung','15.72.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.04.2013','kelurahan','Mekar Jaya','15.72.04','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.05','kecamatan','Kumun Debai','15.72','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.05.2001','kelurahan','Kumun Hilir','15.72.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.05.2002','kelurahan','Kumun Mudik','15.72.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.05.2003','kelurahan','Air Teluh','15.72.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.05.2004','kelurahan','Sandaran Galeh','15.72.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.05.2005','kelurahan','Debai','15.72.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.05.2006','kelurahan','Pinggir Air','15.72.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.05.2007','kelurahan','Renah Kayu Embun','15.72.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.05.2008','kelurahan','Ulu Air','15.72.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.05.2009','kelurahan','Muara Jaya','15.72.05','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.06','kecamatan','Pondok Tinggi','15.72','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.06.1008','kelurahan','Pondok Tinggi','15.72.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.06.2001','kelurahan','Sungai Jernih','15.72.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.06.2002','kelurahan','Aur Duri','15.72.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.06.2003','kelurahan','Pondok Agung','15.72.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.06.2004','kelurahan','Permanti','15.72.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.06.2005','kelurahan','Lawang Agung','15.72.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.06.2006','kelurahan','Karya Bakti','15.72.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.06.2007','kelurahan','Koto Lebu','15.72.06','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.07','kecamatan','Koto Baru','15.72','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.07.2001','kelurahan','Koto Baru','15.72.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.07.2002','kelurahan','Koto Limau Manis','15.72.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.07.2003','kelurahan','Kampung Tengah','15.72.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.07.2004','kelurahan','Dujung Sakti','15.72.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.07.2005','kelurahan','Permai Indah','15.72.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.07.2006','kelurahan','Srimenanti','15.72.07','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.08','kecamatan','Sungai Bungkal','15.72','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.08.1005','kelurahan','Dusun Baru','15.72.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.08.2001','kelurahan','Sumur Anyir','15.72.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.08.2002','kelurahan','Koto Tinggi','15.72.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.08.2003','kelurahan','Talang Lindung','15.72.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.08.2004','kelurahan','Pelayang Raya','15.72.08','',NULL,NULL);
INSERT INTO wilayah VALUES('15.72.08.2006','kelurahan','Sungai Ning','15.72.08','',NULL,NULL);
CREATE TABLE rt (
  kode            TEXT PRIMARY KEY,               -- 15.71.01.1001.007
  kode_kelurahan  TEXT NOT NULL REFERENCES wilayah (kode),
  nomor           INTEGER NOT NULL CHECK (nomor BETWEEN 1 AND 999),
  nama_ketua      TEXT NOT NULL DEFAULT '',
  UNIQUE (kode_kelurahan, nomor)
);
INSERT INTO rt VALUES('15.71.01.1001.001','15.71.01.1001',1,'');
INSERT INTO rt VALUES('15.71.01.1001.002','15.71.01.1001',2,'');
INSERT INTO rt VALUES('15.71.01.1001.003','15.71.01.1001',3,'');
INSERT INTO rt VALUES('15.71.01.1001.004','15.71.01.1001',4,'');
INSERT INTO rt VALUES('15.71.01.1001.005','15.71.01.1001',5,'');
INSERT INTO rt VALUES('15.71.01.1001.006','15.71.01.1001',6,'');
INSERT INTO rt VALUES('15.71.01.1001.007','15.71.01.1001',7,'');
CREATE TABLE potensi (
  kode          TEXT PRIMARY KEY,
  potensi       INTEGER NOT NULL CHECK (potensi >= 0),
  peserta_lain  INTEGER NOT NULL CHECK (peserta_lain >= 0),
  sumber        TEXT NOT NULL DEFAULT '',
  diperbarui    TEXT NOT NULL
);
CREATE TABLE pekerja (
  id              INTEGER PRIMARY KEY,
  nik             TEXT NOT NULL UNIQUE CHECK (length(nik) = 16),
  nama            TEXT NOT NULL,
  tanggal_lahir   TEXT NOT NULL,
  jenis_kelamin   TEXT NOT NULL CHECK (jenis_kelamin IN ('L', 'P')),
  kode_kelurahan  TEXT NOT NULL REFERENCES wilayah (kode),
  rt              INTEGER NOT NULL,
  alamat          TEXT NOT NULL DEFAULT '',
  no_hp           TEXT NOT NULL DEFAULT '',
  pekerjaan       TEXT NOT NULL,
  penghasilan     INTEGER NOT NULL CHECK (penghasilan >= 0),
  kategori        TEXT NOT NULL CHECK (kategori IN ('pekerja_rentan', 'petugas_keagamaan', 'ketua_rt')),
  status          TEXT NOT NULL DEFAULT 'didata' CHECK (status IN
                    ('didata', 'diverifikasi', 'ditolak', 'dialokasikan', 'didaftarkan', 'aktif', 'ditolak_bpjs', 'meninggal')),
  sumber_dana     TEXT NOT NULL DEFAULT '',
  kpj             TEXT NOT NULL DEFAULT '',
  alasan          TEXT NOT NULL DEFAULT '',
  persetujuan     INTEGER NOT NULL DEFAULT 0,
  dibuat          TEXT NOT NULL,
  diperbarui      TEXT NOT NULL,
  versi           INTEGER NOT NULL DEFAULT 1, dicatat_oleh TEXT NOT NULL DEFAULT '',
  FOREIGN KEY (kode_kelurahan, rt) REFERENCES rt (kode_kelurahan, nomor)
);
INSERT INTO pekerja VALUES(1,'1571010101900008','Lahir Beda Sehari','1990-01-02','L','15.71.01.1001',7,'Jl. Sipin No. 1','081234567890','becak',1500000,'pekerja_rentan','didata','','','',1,'2026-12-06T18:40:31.538Z','2026-12-06T18:40:31.538Z',1,'cli:sistem');
INSERT INTO pekerja VALUES(2,'1571010101900023','Kelamin Beda','1990-01-01','P','15.71.01.1001',7,'Jl. Sipin No. 1','081234567890','becak',1500000,'pekerja_rentan','didata','','','',1,'2026-12-06T18:40:31.539Z','2026-12-06T18:40:31.539Z',1,'cli:sistem');
INSERT INTO pekerja VALUES(3,'1571015203900001','Siti Rahmawati','1990-03-12','P','15.71.01.1001',7,'Jl. Sumatera; Gg. Mawar No. 3','081234567801','pedagang_umkm',1500000,'pekerja_rentan','didata','','','',1,'2026-12-06T18:40:32.182Z','2026-12-06T18:40:32.182Z',1,'cli:sistem');
INSERT INTO pekerja VALUES(4,'1571010505850002','Ahmad Fauzi','1985-05-05','L','15.71.01.1001',7,'Jl. Kapten Pattimura RT 07','081234567802','ojek_online',2000000,'pekerja_rentan','didata','','','',1,'2026-12-06T18:40:32.183Z','2026-12-06T18:40:32.183Z',1,'cli:sistem');
INSERT INTO pekerja VALUES(5,'1571012001950003','Muhammad Rizki','1995-01-20','L','15.71.01.1001',7,'','081234567803','buruh_harian',1500000,'pekerja_rentan','didata','','','',1,'2026-12-06T18:40:32.183Z','2026-12-06T18:40:32.183Z',1,'cli:sistem');
CREATE TABLE ahli_waris (
  id             INTEGER PRIMARY KEY,
  pekerja_id     INTEGER NOT NULL REFERENCES pekerja (id),
  urutan         INTEGER NOT NULL,
  nama           TEXT NOT NULL,
  hubungan       TEXT NOT NULL,
  nik            TEXT NOT NULL DEFAULT '',
  tanggal_lahir  TEXT NOT NULL DEFAULT ''
);
INSERT INTO ahli_waris VALUES(1,3,1,'Budi','suami','','');
INSERT INTO ahli_waris VALUES(2,5,1,'Siti','istri','1571015506960004','');
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  waktu      TEXT NOT NULL,
  pelaku     TEXT NOT NULL,
  aksi       TEXT NOT NULL,
  entitas    TEXT NOT NULL,
  entitas_id TEXT NOT NULL,
  perubahan  TEXT NOT NULL    -- JSON: {"field": [old, new], ...}
, hash_sebelum TEXT NOT NULL DEFAULT '', hash TEXT NOT NULL DEFAULT '', wilayah TEXT NOT NULL DEFAULT '');
INSERT INTO audit_log VALUES(1,'2026-12-06T18:40:24.914Z','sistem','muat_wilayah','wilayah','15','{"jumlah": [null, 1741]}','','k1:1a476cfa2f7842b879cbf66650fd176043a41a207cfbb106d428724bf486928c','15');
INSERT INTO audit_log VALUES(2,'2026-12-06T18:40:24.964Z','sistem','muat_hari_libur','libur','','{"hari":[null,57],"tahun":[null,[2025,2026,2027]]}','k1:1a476cfa2f7842b879cbf66650fd176043a41a207cfbb106d428724bf486928c','k1:2c183d7aa6081bc2e7efaf7f954b03024c2f99a77f13ca82bde99dc99484b500','');
INSERT INTO audit_log VALUES(3,'2026-12-06T18:40:26.900Z','cli','buat','pengguna','1','{"kohort":[null,""],"nama":[null,"Admin Kota"],"peran":[null,"admin_kota"],"username":[null,"admin.kota"],"wilayah":[null,"15.71"]}','k1:2c183d7aa6081bc2e7efaf7f954b03024c2f99a77f13ca82bde99dc99484b500','k1:5faa7517d7e08edb75b4acbaa5700de5025f5eaa9e8b18446110be15cfac82b1','15.71');
INSERT INTO audit_log VALUES(4,'2026-12-06T18:40:27.622Z','cli','buat','rt','15.71.01.1001.001','{"kode_kelurahan":[null,"15.71.01.1001"],"nama_ketua":[null,""],"nomor":[null,1]}','k1:5faa7517d7e08edb75b4acbaa5700de5025f5eaa9e8b18446110be15cfac82b1','k1:7afc59529021a35bed391963384b19a93a35fb7ec36af668d5829c2e6414bedc','15.71.01.1001.001');
INSERT INTO audit_log VALUES(5,'2026-12-06T18:40:28.190Z','cli','buat','rt','15.71.01.1001.002','{"kode_kelurahan":[null,"15.71.01.1001"],"nama_ketua":[null,""],"nomor":[null,2]}','k1:7afc59529021a35bed391963384b19a93a35fb7ec36af668d5829c2e6414bedc','k1:0fda73a6c239f52e387e520eceb417ff2e48f743111c0008a6219cd59a0651f3','15.71.01.1001.002');
INSERT INTO audit_log VALUES(6,'2026-12-06T18:40:28.746Z','cli','buat','rt','15.71.01.1001.003','{"kode_kelurahan":[null,"15.71.01.1001"],"nama_ketua":[null,""],"nomor":[null,3]}','k1:0fda73a6c239f52e387e520eceb417ff2e48f743111c0008a6219cd59a0651f3','k1:54b918f79ab611b37bc362c07b58918845a2c71472d329e002d9252ebf2fc367','15.71.01.1001.003');
INSERT INTO audit_log VALUES(7,'2026-12-06T18:40:29.281Z','cli','buat','rt','15.71.01.1001.004','{"kode_kelurahan":[null,"15.71.01.1001"],"nama_ketua":[null,""],"nomor":[null,4]}','k1:54b918f79ab611b37bc362c07b58918845a2c71472d329e002d9252ebf2fc367','k1:0aa611c81235a1520f6e5376fbff89b41f87c5a9fe4fcaca7fcb42dc1bcc3a91','15.71.01.1001.004');
INSERT INTO audit_log VALUES(8,'2026-12-06T18:40:29.676Z','cli','buat','rt','15.71.01.1001.005','{"kode_kelurahan":[null,"15.71.01.1001"],"nama_ketua":[null,""],"nomor":[null,5]}','k1:0aa611c81235a1520f6e5376fbff89b41f87c5a9fe4fcaca7fcb42dc1bcc3a91','k1:de01115b0a72317389615b9aa6eb19fcb853a3602d10091d72cefaf51531b00e','15.71.01.1001.005');
INSERT INTO audit_log VALUES(9,'2026-12-06T18:40:30.323Z','cli','buat','rt','15.71.01.1001.006','{"kode_kelurahan":[null,"15.71.01.1001"],"nama_ketua":[null,""],"nomor":[null,6]}','k1:de01115b0a72317389615b9aa6eb19fcb853a3602d10091d72cefaf51531b00e','k1:95f8b70bd431ddca59eba19f1b73e24f79bf75fa9c21ab138676b69e1009d1af','15.71.01.1001.006');
INSERT INTO audit_log VALUES(10,'2026-12-06T18:40:30.938Z','cli','buat','rt','15.71.01.1001.007','{"kode_kelurahan":[null,"15.71.01.1001"],"nama_ketua":[null,""],"nomor":[null,7]}','k1:95f8b70bd431ddca59eba19f1b73e24f79bf75fa9c21ab138676b69e1009d1af','k1:8155c3bbd6bccdd01e0a609d08a9d7875f291856c273a20219929ee519fdbe21','15.71.01.1001.007');
INSERT INTO audit_log VALUES(11,'2026-12-06T18:40:31.539Z','cli:sistem','buat','pekerja','1','{"ahli_waris":[null,[]],"alamat":[null,"Jl. Sipin No. 1"],"alasan":[null,""],"impor":[null,"impor:1"],"jenis_kelamin":[null,"L"],"kategori":[null,"pekerja_rentan"],"kode_kelurahan":[null,"15.71.01.1001"],"kpj":[null,""],"nama":[null,"Lahir Beda Sehari"],"nik":[null,"1571**********08"],"no_hp":[null,"081234567890"],"pekerjaan":[null,"becak"],"penghasilan":[null,1500000],"persetujuan":[null,true],"rt":[null,7],"status":[null,"didata"],"sumber_dana":[null,""],"tanggal_lahir":[null,"1990-01-02"]}','k1:8155c3bbd6bccdd01e0a609d08a9d7875f291856c273a20219929ee519fdbe21','k1:05979303d134a4a16c2c2db32c6f1a647ecbf52087483c77de23cf812440ec0d','15.71.01.1001.007');
INSERT INTO audit_log VALUES(12,'2026-12-06T18:40:31.539Z','cli:sistem','buat','pekerja','2','{"ahli_waris":[null,[]],"alamat":[null,"Jl. Sipin No. 1"],"alasan":[null,""],"impor":[null,"impor:1"],"jenis_kelamin":[null,"P"],"kategori":[null,"pekerja_rentan"],"kode_kelurahan":[null,"15.71.01.1001"],"kpj":[null,""],"nama":[null,"Kelamin Beda"],"nik":[null,"1571**********23"],"no_hp":[null,"081234567890"],"pekerjaan":[null,"becak"],"penghasilan":[null,1500000],"persetujuan":[null,true],"rt":[null,7],"status":[null,"didata"],"sumber_dana":[null,""],"tanggal_lahir":[null,"1990-01-01"]}','k1:05979303d134a4a16c2c2db32c6f1a647ecbf52087483c77de23cf812440ec0d','k1:ba1761e9e1ff2b73146c09c7c99b2bf9b75581fa1810cca1ba1fd90afa64ff98','15.71.01.1001.007');
INSERT INTO audit_log VALUES(13,'2026-12-06T18:40:31.539Z','cli:sistem','impor','impor','1','{"baris":[null,19],"dibuat":[null,2],"diperbarui":[null,0],"ditolak":[null,17],"duplikat":[null,1],"nama_berkas":[null,"every_check.csv"],"tetap":[null,0]}','k1:ba1761e9e1ff2b73146c09c7c99b2bf9b75581fa1810cca1ba1fd90afa64ff98','k1:6b7306bd93e24c27e83904194a54a4e13b955055bd8ef78b6b81f1bcf4c8f51b','');
INSERT INTO audit_log VALUES(14,'2026-12-06T18:40:32.183Z','cli:sistem','buat','pekerja','3','{"ahli_waris":[null,[{"hubungan":"suami","nama":"Budi","nik":"","tanggal_lahir":null}]],"alamat":[null,"Jl. Sumatera; Gg. Mawar No. 3"],"alasan":[null,""],"impor":[null,"impor:2"],"jenis_kelamin":[null,"P"],"kategori":[null,"pekerja_rentan"],"kode_kelurahan":[null,"15.71.01.1001"],"kpj":[null,""],"nama":[null,"Siti Rahmawati"],"nik":[null,"1571**********01"],"no_hp":[null,"081234567801"],"pekerjaan":[null,"pedagang_umkm"],"penghasilan":[null,1500000],"persetujuan":[null,true],"rt":[null,7],"status":[null,"didata"],"sumber_dana":[null,""],"tanggal_lahir":[null,"1990-03-12"]}','k1:6b7306bd93e24c27e83904194a54a4e13b955055bd8ef78b6b81f1bcf4c8f51b','k1:9aff3c51802e02a007a6c395216cf9e5bf7e0fd42d35b90decfd8d4eac5bd8b0','15.71.01.1001.007');
INSERT INTO audit_log VALUES(15,'2026-12-06T18:40:32.183Z','cli:sistem','buat','pekerja','4','{"ahli_waris":[null,[]],"alamat":[null,"Jl. Kapten Pattimura RT 07"],"alasan":[null,""],"impor":[null,"impor:2"],"jenis_kelamin":[null,"L"],"kategori":[null,"pekerja_rentan"],"kode_kelurahan":[null,"15.71.01.1001"],"kpj":[null,""],"nama":[null,"Ahmad Fauzi"],"nik":[null,"1571**********02"],"no_hp":[null,"081234567802"],"pekerjaan":[null,"ojek_online"],"penghasilan":[null,2000000],"persetujuan":[null,true],"rt":[null,7],"status":[null,"didata"],"sumber_dana":[null,""],"tanggal_lahir":[null,"1985-05-05"]}','k1:9aff3c51802e02a007a6c395216cf9e5bf7e0fd42d35b90decfd8d4eac5bd8b0','k1:30261e735b1d6ded1f2002f42469029db6906cc6ff24cee787fc9eaf6790a0cc','15.71.01.1001.007');
INSERT INTO audit_log VALUES(16,'2026-12-06T18:40:32.183Z','cli:sistem','buat','pekerja','5','{"ahli_waris":[null,[{"hubungan":"istri","nama":"Siti","nik":"1571**********04","tanggal_lahir":null}]],"alamat":[null,""],"alasan":[null,""],"impor":[null,"impor:2"],"jenis_kelamin":[null,"L"],"kategori":[null,"pekerja_rentan"],"kode_kelurahan":[null,"15.71.01.1001"],"kpj":[null,""],"nama":[null,"Muhammad Rizki"],"nik":[null,"1571**********03"],"no_hp":[null,"081234567803"],"pekerjaan":[null,"buruh_harian"],"penghasilan":[null,1500000],"persetujuan":[null,true],"rt":[null,7],"status":[null,"didata"],"sumber_dana":[null,""],"tanggal_lahir":[null,"1995-01-20"]}','k1:30261e735b1d6ded1f2002f42469029db6906cc6ff24cee787fc9eaf6790a0cc','k1:7235e9b64ae5bbc1d8004b2c346e6aa51fba458c06c523343c6b2c00a9a4da9b','15.71.01.1001.007');
INSERT INTO audit_log VALUES(17,'2026-12-06T18:40:32.184Z','cli:sistem','impor','impor','2','{"baris":[null,3],"dibuat":[null,3],"diperbarui":[null,0],"ditolak":[null,0],"duplikat":[null,0],"nama_berkas":[null,"excel_id_semicolon_bom_crlf.csv"],"tetap":[null,0]}','k1:7235e9b64ae5bbc1d8004b2c346e6aa51fba458c06c523343c6b2c00a9a4da9b','k1:1e4e9bd67eb03b97d9af06ba8053190e7ec28845bf345ea5dc2a9fc95cd77aef','');
CREATE TABLE pengguna (
  id             INTEGER PRIMARY KEY,
  username       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  nama           TEXT NOT NULL,
  peran          TEXT NOT NULL CHECK (peran IN ('ketua_rt', 'operator_kelurahan', 'operator_kecamatan',
                   'admin_kota', 'petugas_bpjs', 'pemprov', 'auditor')),
  wilayah        TEXT NOT NULL,            -- region or RT code the account is scoped to
  kohort         TEXT NOT NULL DEFAULT '', -- funder code that further limits what it sees
  hash_sandi     TEXT NOT NULL,            -- argon2id, libsodium crypto_pwhash_str
  aktif          INTEGER NOT NULL DEFAULT 1,
  dibuat         TEXT NOT NULL,
  sandi_diganti  TEXT NOT NULL
, dibuat_oleh TEXT NOT NULL DEFAULT '', demo INTEGER NOT NULL DEFAULT 0);
INSERT INTO pengguna VALUES(1,'admin.kota','Admin Kota','admin_kota','15.71','','$argon2id$v=19$m=65536,t=2,p=1$1N/FbW3n/949fxeHxr2sUg$Bc0tNEwWkUJBpvJQID+Ww+9iU/Jq6cqW84DUn7fWmlA',1,'2026-12-06T18:40:26.900Z','2026-12-06T18:40:26.900Z','',0);
CREATE TABLE sesi (
  hash_token   TEXT PRIMARY KEY,
  pengguna_id  INTEGER NOT NULL REFERENCES pengguna (id),
  csrf         TEXT NOT NULL,
  dibuat       TEXT NOT NULL,
  kedaluwarsa  TEXT NOT NULL
);
CREATE TABLE impor (
  id           INTEGER PRIMARY KEY,
  waktu        TEXT NOT NULL,
  pelaku       TEXT NOT NULL,
  wilayah      TEXT NOT NULL DEFAULT '',
  nama_berkas  TEXT NOT NULL,
  format       TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
  ukuran       INTEGER NOT NULL CHECK (ukuran >= 0),
  baris        INTEGER NOT NULL,
  dibuat       INTEGER NOT NULL,
  diperbarui   INTEGER NOT NULL,
  tetap        INTEGER NOT NULL,
  ditolak      INTEGER NOT NULL,
  duplikat     INTEGER NOT NULL,
  peringatan   INTEGER NOT NULL
);
INSERT INTO impor VALUES(1,'2026-12-06T18:40:31.512Z','cli:sistem','','every_check.csv','csv',2493,19,2,0,0,17,1,3);
INSERT INTO impor VALUES(2,'2026-12-06T18:40:32.144Z','cli:sistem','','excel_id_semicolon_bom_crlf.csv','csv',697,3,3,0,0,0,0,2);
CREATE TABLE impor_masalah (
  impor_id  INTEGER NOT NULL REFERENCES impor (id),
  urutan    INTEGER NOT NULL,
  baris     INTEGER NOT NULL,
  kolom     TEXT NOT NULL,
  kode      TEXT NOT NULL,
  pesan     TEXT NOT NULL,
  tingkat   TEXT NOT NULL CHECK (tingkat IN ('galat', 'peringatan')),
  PRIMARY KEY (impor_id, urutan)
) WITHOUT ROWID;
INSERT INTO impor_masalah VALUES(1,1,2,'nik','nik_panjang','Baris 2, kolom nik: NIK harus 16 digit, bukan 11 digit','galat');
INSERT INTO impor_masalah VALUES(1,2,3,'nik','nik_tanggal','Baris 3, kolom nik: Digit 7-8 NIK (tanggal lahir) harus 01-31 untuk laki-laki atau 41-71 untuk perempuan, bukan 32','galat');
INSERT INTO impor_masalah VALUES(1,3,5,'tanggal_lahir','usia_terlalu_muda','Baris 5, kolom tanggal_lahir: Usia 14 tahun, di bawah batas 15 tahun','galat');
INSERT INTO impor_masalah VALUES(1,4,6,'tanggal_lahir','usia_melebihi_batas','Baris 6, kolom tanggal_lahir: Usia 76 tahun melebihi batas pendaftaran 65 tahun (perlu konfirmasi BPJS)','galat');
INSERT INTO impor_masalah VALUES(1,5,7,'penghasilan','penghasilan_melebihi_batas','Baris 7, kolom penghasilan: Penghasilan Rp7.000.000 melebihi batas program Rp6.000.000 per bulan','galat');
INSERT INTO impor_masalah VALUES(1,6,8,'pekerjaan','pekerjaan_tidak_dikenal','Baris 8, kolom pekerjaan: Pekerjaan ''astronot'' tidak ada dalam daftar','galat');
INSERT INTO impor_masalah VALUES(1,7,9,'kategori','kategori_tidak_dikenal','Baris 9, kolom kategori: Kategori ''pns'' tidak dikenal (pekerja_rentan, petugas_keagamaan, ketua_rt)','galat');
INSERT INTO impor_masalah VALUES(1,8,10,'kode_kelurahan','kelurahan_tidak_dikenal','Baris 10, kolom kode_kelurahan: Kelurahan ''Atlantis'' tidak dikenal','galat');
INSERT INTO impor_masalah VALUES(1,9,11,'rt','rt_tidak_ada','Baris 11, kolom rt: RT 99 tidak terdaftar di Kelurahan Simpang IV Sipin','galat');
INSERT INTO impor_masalah VALUES(1,10,12,'no_hp','no_hp_tidak_valid','Baris 12, kolom no_hp: Nomor HP harus nomor seluler Indonesia 10-13 digit, mis. 081234567890','galat');
INSERT INTO impor_masalah VALUES(1,11,13,'hubungan_ahli_waris','hubungan_tidak_dikenal','Baris 13, kolom hubungan_ahli_waris: Hubungan ahli waris ''tetangga'' tidak dikenal (suami, istri, anak, ayah, ibu, kakek, nenek, cucu, saudara_kandung, mertua, wasiat)','galat');
INSERT INTO impor_masalah VALUES(1,12,14,'nik_ahli_waris','nik_panjang','Baris 14, kolom nik_ahli_waris: NIK ahli waris: NIK harus 16 digit, bukan 3 digit','galat');
INSERT INTO impor_masalah VALUES(1,13,15,'nik','nik_ganda_dalam_berkas','Baris 15, kolom nik: NIK 1571**********08 sudah ada di baris 4 berkas ini; satu orang hanya boleh satu baris','galat');
INSERT INTO impor_masalah VALUES(1,14,16,'tanggal_lahir','tanggal_tidak_valid','Baris 16, kolom tanggal_lahir: Tanggal lahir ''31/02/1990'' tidak valid (gunakan DD/MM/YYYY, mis. 17/08/1985, atau YYYY-MM-DD)','galat');
INSERT INTO impor_masalah VALUES(1,15,17,'jenis_kelamin','jenis_kelamin_tidak_valid','Baris 17, kolom jenis_kelamin: Jenis kelamin ''X'' tidak dikenal (L atau P)','galat');
INSERT INTO impor_masalah VALUES(1,16,18,'penghasilan','penghasilan_tidak_valid','Baris 18, kolom penghasilan: Penghasilan ''satu juta'' bukan jumlah Rupiah yang valid (mis. 1.500.000 atau Rp1.500.000)','galat');
INSERT INTO impor_masalah VALUES(1,17,19,'nama','wajib_diisi','Baris 19, kolom nama: Nama wajib diisi','galat');
INSERT INTO impor_masalah VALUES(1,18,4,'tanggal_lahir','nik_tanggal_lahir_beda','Baris 4, kolom tanggal_lahir: Tanggal lahir 02/01/1990 tidak sama dengan yang tertulis di NIK (01/01/1990)','peringatan');
INSERT INTO impor_masalah VALUES(1,19,15,'tanggal_lahir','nik_tanggal_lahir_beda','Baris 15, kolom tanggal_lahir: Tanggal lahir 02/01/1990 tidak sama dengan yang tertulis di NIK (01/01/1990)','peringatan');
INSERT INTO impor_masalah VALUES(1,20,20,'jenis_kelamin','nik_jenis_kelamin_beda','Baris 20, kolom jenis_kelamin: Jenis kelamin P tidak sama dengan yang tertulis di NIK (L)','peringatan');
INSERT INTO impor_masalah VALUES(2,1,1,'Keterangan','kolom_tidak_dikenal','Baris 1, kolom Keterangan: Kolom ''Keterangan'' tidak ada dalam templat dan diabaikan','peringatan');
INSERT INTO impor_masalah VALUES(2,2,4,'no_hp','no_hp_nol_hilang','Baris 4, kolom no_hp: Angka 0 di depan nomor HP hilang (kolom tersimpan sebagai angka); dibaca sebagai 081234567803','peringatan');
CREATE TABLE duplikat (
  id               INTEGER PRIMARY KEY,
  pekerja_a        INTEGER NOT NULL REFERENCES pekerja (id),
  pekerja_b        INTEGER NOT NULL REFERENCES pekerja (id),
  skor             REAL NOT NULL CHECK (skor >= 0 AND skor <= 1),
  alasan           TEXT NOT NULL,
  status           TEXT NOT NULL DEFAULT 'menunggu' CHECK (status IN ('menunggu', 'digabung', 'bukan_duplikat')),
  sumber           TEXT NOT NULL,
  dibuat           TEXT NOT NULL,
  diputuskan_oleh  TEXT NOT NULL DEFAULT '',
  diputuskan_pada  TEXT NOT NULL DEFAULT '',
  catatan          TEXT NOT NULL DEFAULT '',
  pekerja_tetap    INTEGER REFERENCES pekerja (id),
  CHECK (pekerja_a < pekerja_b),
  UNIQUE (pekerja_a, pekerja_b)
);
CREATE TABLE keputusan_verifikasi (
  id          INTEGER PRIMARY KEY,
  pekerja_id  INTEGER NOT NULL REFERENCES pekerja (id),
  keputusan   TEXT NOT NULL CHECK (keputusan IN ('diverifikasi', 'ditolak')),
  alasan      TEXT NOT NULL DEFAULT '',
  oleh        TEXT NOT NULL,
  waktu       TEXT NOT NULL
);
CREATE TABLE bpjs_berkas_aktif (
  id           INTEGER PRIMARY KEY,
  waktu        TEXT NOT NULL,
  pelaku       TEXT NOT NULL,
  nama_berkas  TEXT NOT NULL,
  baris        INTEGER NOT NULL,
  diterima     INTEGER NOT NULL,
  ditolak      INTEGER NOT NULL,
  cocok        INTEGER NOT NULL
, wilayah TEXT NOT NULL DEFAULT '');
CREATE TABLE sumber_dana (
  kode       TEXT PRIMARY KEY,
  nama       TEXT NOT NULL,
  jenis      TEXT NOT NULL CHECK (jenis IN ('apbd_kota', 'apbd_provinsi', 'dana_kampung_bahagia', 'mandiri', 'donatur')),
  wilayah    TEXT NOT NULL DEFAULT '',
  pekerjaan  TEXT NOT NULL DEFAULT '',  -- occupation codes separated by commas; empty = any
  aktif      INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE anggaran (
  sumber_dana  TEXT NOT NULL REFERENCES sumber_dana (kode),
  tahun        INTEGER NOT NULL,
  pagu         INTEGER NOT NULL CHECK (pagu >= 0),
  kuota        INTEGER NOT NULL DEFAULT 0 CHECK (kuota >= 0),
  PRIMARY KEY (sumber_dana, tahun)
);
CREATE TABLE alokasi (
  id            INTEGER PRIMARY KEY,
  pekerja_id    INTEGER NOT NULL REFERENCES pekerja (id),
  sumber_dana   TEXT NOT NULL REFERENCES sumber_dana (kode),
  bulan         TEXT NOT NULL,  -- YYYY-MM, the contribution month
  tahun         INTEGER NOT NULL,
  iuran         INTEGER NOT NULL CHECK (iuran >= 0),
  dibayar       INTEGER NOT NULL DEFAULT 0 CHECK (dibayar >= 0),
  dibayar_pada  TEXT NOT NULL DEFAULT '',
  dibuat        TEXT NOT NULL,
  UNIQUE (pekerja_id, bulan)
);
CREATE TABLE tagihan (
  id           INTEGER PRIMARY KEY,
  nomor        TEXT NOT NULL UNIQUE,
  sumber_dana  TEXT NOT NULL REFERENCES sumber_dana (kode),
  dari         TEXT NOT NULL,  -- YYYY-MM, first contribution month
  sampai       TEXT NOT NULL,  -- YYYY-MM, last contribution month
  tahun        INTEGER NOT NULL,
  baris        INTEGER NOT NULL DEFAULT 0,
  total        INTEGER NOT NULL DEFAULT 0 CHECK (total >= 0),
  dibayar      INTEGER NOT NULL DEFAULT 0 CHECK (dibayar >= 0 AND dibayar <= total),
  status       TEXT NOT NULL DEFAULT 'terbit' CHECK (status IN ('terbit', 'sebagian', 'lunas', 'batal')),
  alasan_batal TEXT NOT NULL DEFAULT '',
  pelaku       TEXT NOT NULL,
  dibuat       TEXT NOT NULL
);
CREATE TABLE tagihan_bulan (
  tagihan_id   INTEGER NOT NULL REFERENCES tagihan (id),
  sumber_dana  TEXT NOT NULL,
  bulan        TEXT NOT NULL,  -- YYYY-MM
  id_dari      INTEGER NOT NULL,
  id_sampai    INTEGER NOT NULL CHECK (id_sampai > id_dari),
  PRIMARY KEY (tagihan_id, bulan)
);
CREATE TABLE pembayaran (
  id          INTEGER PRIMARY KEY,
  tagihan_id  INTEGER NOT NULL REFERENCES tagihan (id),
  referensi   TEXT NOT NULL UNIQUE,
  jumlah      INTEGER NOT NULL CHECK (jumlah > 0),
  tanggal     TEXT NOT NULL,  -- YYYY-MM-DD, when the money was paid
  pelaku      TEXT NOT NULL,
  dibuat      TEXT NOT NULL
);
CREATE TABLE pendaftaran_bpjs (
  id       INTEGER PRIMARY KEY,
  dibuat   TEXT NOT NULL,
  pelaku   TEXT NOT NULL,
  wilayah  TEXT NOT NULL DEFAULT ''  -- the area the batch was made for ('' = all)
);
CREATE TABLE pendaftaran_bpjs_pekerja (
  pendaftaran_id   INTEGER NOT NULL REFERENCES pendaftaran_bpjs (id),
  pekerja_id       INTEGER NOT NULL REFERENCES pekerja (id),
  nik              TEXT NOT NULL,  -- as sent: BPJS answers by NIK even if the record is corrected later
  baris            TEXT NOT NULL,  -- JSON array: the row exactly as exported
  status           TEXT NOT NULL DEFAULT 'dikirim' CHECK (status IN ('dikirim', 'diterima', 'ditolak')),
  kpj              TEXT NOT NULL DEFAULT '',
  tanggal_efektif  TEXT NOT NULL DEFAULT '',
  alasan           TEXT NOT NULL DEFAULT '',
  dijawab          TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (pendaftaran_id, pekerja_id)
);
CREATE TABLE jawaban_bpjs (
  id              INTEGER PRIMARY KEY,
  pendaftaran_id  INTEGER NOT NULL REFERENCES pendaftaran_bpjs (id),
  waktu           TEXT NOT NULL,
  pelaku          TEXT NOT NULL,
  nama_berkas     TEXT NOT NULL,
  baris           INTEGER NOT NULL,
  diterima        INTEGER NOT NULL,
  ditolak         INTEGER NOT NULL,
  tidak_berubah   INTEGER NOT NULL,
  galat           INTEGER NOT NULL
);
CREATE TABLE kartu_batch (
  id              INTEGER PRIMARY KEY,
  dibuat          TEXT NOT NULL,
  pelaku          TEXT NOT NULL,
  wilayah         TEXT NOT NULL DEFAULT '',
  pendaftaran_id  INTEGER REFERENCES pendaftaran_bpjs (id)
);
CREATE TABLE kartu (
  id               INTEGER PRIMARY KEY,
  batch_id         INTEGER NOT NULL REFERENCES kartu_batch (id),
  pekerja_id       INTEGER NOT NULL REFERENCES pekerja (id),
  token            TEXT NOT NULL UNIQUE,
  status           TEXT NOT NULL DEFAULT 'diminta' CHECK (status IN ('diminta', 'dicetak', 'diserahkan')),
  diminta_oleh     TEXT NOT NULL,
  diminta_pada     TEXT NOT NULL,
  dicetak_oleh     TEXT NOT NULL DEFAULT '',
  dicetak_pada     TEXT NOT NULL DEFAULT '',
  diserahkan_oleh  TEXT NOT NULL DEFAULT '',
  diserahkan_pada  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE klaim (
  id                    INTEGER PRIMARY KEY,
  pekerja_id            INTEGER NOT NULL REFERENCES pekerja (id),
  wilayah               TEXT NOT NULL,  -- the worker's RT code when the event was recorded
  sumber_dana           TEXT NOT NULL DEFAULT '',
  jenis_kejadian        TEXT NOT NULL CHECK (jenis_kejadian IN ('meninggal', 'kecelakaan')),
  kecelakaan_kerja      INTEGER NOT NULL DEFAULT 0,
  akibat                TEXT NOT NULL DEFAULT '',
  tanggal_kejadian      TEXT NOT NULL,
  tempat                TEXT NOT NULL DEFAULT '',
  uraian                TEXT NOT NULL DEFAULT '',
  jenis_klaim           TEXT NOT NULL,
  status                TEXT NOT NULL,
  pertanggungan         TEXT NOT NULL,
  alasan_pertanggungan  TEXT NOT NULL DEFAULT '',
  konfirmasi_oleh       TEXT NOT NULL DEFAULT '',
  konfirmasi_pada       TEXT NOT NULL DEFAULT '',
  manfaat               TEXT NOT NULL DEFAULT '{}',  -- the benefit breakdown (JSON)
  manfaat_total         INTEGER NOT NULL DEFAULT 0,
  ahli_waris            TEXT NOT NULL DEFAULT '{}',  -- the proposed heirs with the why (JSON)
  pengembalian          INTEGER NOT NULL DEFAULT 0,  -- refund of months paid after the event month
  bulan_dibatalkan      TEXT NOT NULL DEFAULT '[]',  -- unpaid months removed from the ledger (JSON)
  dokumen_lengkap_pada  TEXT NOT NULL DEFAULT '',
  diajukan_pada         TEXT NOT NULL DEFAULT '',
  keputusan             TEXT NOT NULL DEFAULT '',
  alasan_keputusan      TEXT NOT NULL DEFAULT '',
  diputus_oleh          TEXT NOT NULL DEFAULT '',
  diputus_pada          TEXT NOT NULL DEFAULT '',
  jumlah_disetujui      INTEGER NOT NULL DEFAULT 0,
  dibayar_jumlah        INTEGER NOT NULL DEFAULT 0,
  dibayar_pada          TEXT NOT NULL DEFAULT '',
  referensi             TEXT NOT NULL DEFAULT '',
  dibuat_oleh           TEXT NOT NULL,
  dibuat_pada           TEXT NOT NULL,
  versi                 INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE klaim_dokumen (
  id             INTEGER PRIMARY KEY,
  klaim_id       INTEGER NOT NULL REFERENCES klaim (id),
  kode           TEXT NOT NULL,  -- the checklist item
  nama_berkas    TEXT NOT NULL,
  jenis          TEXT NOT NULL,  -- application/pdf | image/jpeg | image/png, from the content
  ukuran         INTEGER NOT NULL,
  sha256         TEXT NOT NULL,
  berkas         TEXT NOT NULL,  -- path relative to the files directory
  diunggah_oleh  TEXT NOT NULL,
  diunggah_pada  TEXT NOT NULL
);
CREATE TABLE beasiswa_anak (
  id             INTEGER PRIMARY KEY,
  klaim_id       INTEGER NOT NULL REFERENCES klaim (id),
  nama           TEXT NOT NULL,
  nik            TEXT NOT NULL DEFAULT '',
  tanggal_lahir  TEXT NOT NULL,
  urutan         INTEGER NOT NULL  -- 1 or 2: at most two children
);
CREATE TABLE beasiswa_tahun (
  id            INTEGER PRIMARY KEY,
  anak_id       INTEGER NOT NULL REFERENCES beasiswa_anak (id),
  tahun_ajaran  INTEGER NOT NULL,  -- the year the school year starts (July)
  jenjang       TEXT NOT NULL CHECK (jenjang IN ('tk_sd', 'smp', 'sma', 'kuliah')),
  jumlah        INTEGER NOT NULL CHECK (jumlah > 0),
  bukti         TEXT NOT NULL,     -- proof of enrolment (school, letter number)
  dicatat_oleh  TEXT NOT NULL,
  dicatat_pada  TEXT NOT NULL,
  dibayar_pada  TEXT NOT NULL DEFAULT '',
  referensi     TEXT NOT NULL DEFAULT '',
  UNIQUE (anak_id, tahun_ajaran)
);
CREATE TABLE proyek (
  id               INTEGER PRIMARY KEY,
  jenis            TEXT NOT NULL CHECK (jenis IN ('swakelola', 'kontrak')),
  nama             TEXT NOT NULL,
  kode_kelurahan   TEXT NOT NULL REFERENCES wilayah (kode),
  rt               INTEGER NOT NULL CHECK (rt BETWEEN 1 AND 999),
  nilai            INTEGER NOT NULL CHECK (nilai > 0),
  ppn_termasuk     INTEGER NOT NULL DEFAULT 0,
  ppn_persen       INTEGER NOT NULL DEFAULT 0,
  upah_bulanan     INTEGER NOT NULL DEFAULT 0,
  tanggal_spk      TEXT NOT NULL DEFAULT '',
  rencana_mulai    TEXT NOT NULL DEFAULT '',
  rencana_selesai  TEXT NOT NULL DEFAULT '',
  pelaksana        TEXT NOT NULL DEFAULT '',
  iuran            INTEGER NOT NULL DEFAULT 0 CHECK (iuran >= 0),
  dasar_iuran      TEXT NOT NULL DEFAULT 'nilai_kontrak',
  sumber_aturan    TEXT NOT NULL DEFAULT '',
  tanggal_aturan   TEXT NOT NULL DEFAULT '',
  nomor_sertifikat TEXT NOT NULL DEFAULT '',
  tanggal_bayar    TEXT NOT NULL DEFAULT '',
  jumlah_bayar     INTEGER NOT NULL DEFAULT 0 CHECK (jumlah_bayar >= 0),
  status           TEXT NOT NULL DEFAULT 'direncanakan'
                   CHECK (status IN ('direncanakan', 'bersertifikat', 'dimulai', 'selesai')),
  tanggal_mulai    TEXT NOT NULL DEFAULT '',
  tanggal_selesai  TEXT NOT NULL DEFAULT '',
  versi            INTEGER NOT NULL DEFAULT 1,
  dibuat_oleh      TEXT NOT NULL DEFAULT '',
  dibuat           TEXT NOT NULL,
  diubah           TEXT NOT NULL
);
CREATE TABLE proyek_pekerja (
  id          INTEGER PRIMARY KEY,  -- lists show NIKs masked, so rows are addressed by id
  proyek_id   INTEGER NOT NULL REFERENCES proyek (id) ON DELETE CASCADE,
  nik         TEXT NOT NULL,
  nama        TEXT NOT NULL,
  peran       TEXT NOT NULL DEFAULT '',
  pekerja_id  INTEGER REFERENCES pekerja (id),
  dibuat      TEXT NOT NULL,
  UNIQUE (proyek_id, nik)
);
CREATE TABLE ringkasan_rt (
  kode_kelurahan  TEXT NOT NULL,
  rt              INTEGER NOT NULL,
  status          TEXT NOT NULL,
  jumlah          INTEGER NOT NULL,
  PRIMARY KEY (kode_kelurahan, rt, status)
) WITHOUT ROWID;
INSERT INTO ringkasan_rt VALUES('15.71.01.1001',7,'didata',5);
CREATE TABLE ringkasan_kelurahan (
  kode_kelurahan  TEXT NOT NULL,
  status          TEXT NOT NULL,
  jumlah          INTEGER NOT NULL,
  PRIMARY KEY (kode_kelurahan, status)
) WITHOUT ROWID;
INSERT INTO ringkasan_kelurahan VALUES('15.71.01.1001','didata',5);
CREATE TABLE libur (
  tanggal     TEXT PRIMARY KEY,  -- YYYY-MM-DD
  jenis       TEXT NOT NULL CHECK (jenis IN ('libur_nasional', 'cuti_bersama')),
  nama        TEXT NOT NULL,
  dasar       TEXT NOT NULL,
  diubah_oleh TEXT NOT NULL,
  diubah      TEXT NOT NULL
);
INSERT INTO libur VALUES('2025-01-01','libur_nasional','Tahun Baru 2025 Masehi','SKB Menag/Menaker/MenPANRB tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025 (ditandatangani 14/10/2024)','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-01-27','libur_nasional','Isra Mikraj Nabi Muhammad SAW','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-01-28','cuti_bersama','Cuti bersama Tahun Baru Imlek','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-01-29','libur_nasional','Tahun Baru Imlek 2576 Kongzili','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-03-28','cuti_bersama','Cuti bersama Hari Suci Nyepi','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-03-29','libur_nasional','Hari Suci Nyepi (Tahun Baru Saka 1947)','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-03-31','libur_nasional','Idul Fitri 1446 H','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-04-01','libur_nasional','Idul Fitri 1446 H','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-04-02','cuti_bersama','Cuti bersama Idul Fitri 1446 H','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-04-03','cuti_bersama','Cuti bersama Idul Fitri 1446 H','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-04-04','cuti_bersama','Cuti bersama Idul Fitri 1446 H','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-04-07','cuti_bersama','Cuti bersama Idul Fitri 1446 H','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-04-18','libur_nasional','Wafat Yesus Kristus','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-04-20','libur_nasional','Kebangkitan Yesus Kristus (Paskah)','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-05-01','libur_nasional','Hari Buruh Internasional','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-05-12','libur_nasional','Hari Raya Waisak 2569 BE','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-05-13','cuti_bersama','Cuti bersama Hari Raya Waisak','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-05-29','libur_nasional','Kenaikan Yesus Kristus','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-05-30','cuti_bersama','Cuti bersama Kenaikan Yesus Kristus','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-06-01','libur_nasional','Hari Lahir Pancasila','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-06-06','libur_nasional','Idul Adha 1446 H','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-06-09','cuti_bersama','Cuti bersama Idul Adha 1446 H','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-06-27','libur_nasional','Tahun Baru Islam 1447 H','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-08-17','libur_nasional','Proklamasi Kemerdekaan','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-09-05','libur_nasional','Maulid Nabi Muhammad SAW','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-12-25','libur_nasional','Kelahiran Yesus Kristus','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2025-12-26','cuti_bersama','Cuti bersama Kelahiran Yesus Kristus','SKB 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-01-01','libur_nasional','Tahun Baru 2026 Masehi','SKB Menag/Menaker/MenPANRB Nomor 1497 Tahun 2025 / 2 Tahun 2025 / 5 Tahun 2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-01-16','libur_nasional','Isra Mikraj Nabi Muhammad SAW','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-02-16','cuti_bersama','Cuti bersama Tahun Baru Imlek','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-02-17','libur_nasional','Tahun Baru Imlek 2577 Kongzili','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-03-18','cuti_bersama','Cuti bersama Hari Suci Nyepi','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-03-19','libur_nasional','Hari Suci Nyepi (Tahun Baru Saka 1948)','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-03-20','cuti_bersama','Cuti bersama Idul Fitri 1447 H','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-03-21','libur_nasional','Idul Fitri 1447 H','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-03-22','libur_nasional','Idul Fitri 1447 H','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-03-23','cuti_bersama','Cuti bersama Idul Fitri 1447 H','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-03-24','cuti_bersama','Cuti bersama Idul Fitri 1447 H','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-04-03','libur_nasional','Wafat Yesus Kristus','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-04-05','libur_nasional','Kebangkitan Yesus Kristus (Paskah)','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-05-01','libur_nasional','Hari Buruh Internasional','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-05-14','libur_nasional','Kenaikan Yesus Kristus','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-05-15','cuti_bersama','Cuti bersama Kenaikan Yesus Kristus','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-05-27','libur_nasional','Idul Adha 1447 H','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-05-28','cuti_bersama','Cuti bersama Idul Adha 1447 H','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-05-31','libur_nasional','Hari Raya Waisak 2570 BE','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-06-01','libur_nasional','Hari Lahir Pancasila','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-06-16','libur_nasional','Tahun Baru Islam 1448 H','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-08-17','libur_nasional','Proklamasi Kemerdekaan','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-08-25','libur_nasional','Maulid Nabi Muhammad SAW','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-12-24','cuti_bersama','Cuti bersama Kelahiran Yesus Kristus','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2026-12-25','libur_nasional','Kelahiran Yesus Kristus','SKB 1497/2025','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2027-01-01','libur_nasional','Tahun Baru 2027 Masehi','Tanggal tetap setiap tahun (sama pada SKB 2025 dan SKB 1497/2025); SKB 2027 belum dimuat','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2027-05-01','libur_nasional','Hari Buruh Internasional','Tanggal tetap setiap tahun (sama pada SKB 2025 dan SKB 1497/2025); SKB 2027 belum dimuat','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2027-06-01','libur_nasional','Hari Lahir Pancasila','Tanggal tetap setiap tahun (sama pada SKB 2025 dan SKB 1497/2025); SKB 2027 belum dimuat','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2027-08-17','libur_nasional','Proklamasi Kemerdekaan','Tanggal tetap setiap tahun (sama pada SKB 2025 dan SKB 1497/2025); SKB 2027 belum dimuat','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur VALUES('2027-12-25','libur_nasional','Kelahiran Yesus Kristus','Tanggal tetap setiap tahun (sama pada SKB 2025 dan SKB 1497/2025); SKB 2027 belum dimuat','sistem','2026-12-06T18:40:24.964Z');
CREATE TABLE libur_tahun (
  tahun       INTEGER PRIMARY KEY,
  lengkap     INTEGER NOT NULL DEFAULT 0,
  dasar       TEXT NOT NULL,
  diubah_oleh TEXT NOT NULL,
  diubah      TEXT NOT NULL
);
INSERT INTO libur_tahun VALUES(2025,1,'SKB Menag/Menaker/MenPANRB tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025 (ditandatangani 14/10/2024): 17 hari libur nasional dan 10 hari cuti bersama','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur_tahun VALUES(2026,1,'SKB Menag/Menaker/MenPANRB Nomor 1497 Tahun 2025 / 2 Tahun 2025 / 5 Tahun 2025: 17 hari libur nasional dan 8 hari cuti bersama','sistem','2026-12-06T18:40:24.964Z');
INSERT INTO libur_tahun VALUES(2027,0,'SKB hari libur nasional dan cuti bersama 2027 belum dimuat: hanya hari libur bertanggal tetap','sistem','2026-12-06T18:40:24.964Z');
CREATE TABLE IF NOT EXISTS "bpjs_peserta_aktif" (
  wilayah    TEXT NOT NULL DEFAULT '',
  nik        TEXT NOT NULL CHECK (length(nik) = 16),
  kpj        TEXT NOT NULL,
  segmen     TEXT NOT NULL CHECK (segmen IN ('PU', 'BPU')),
  pembayar   TEXT NOT NULL DEFAULT '',
  berkas_id  INTEGER NOT NULL REFERENCES bpjs_berkas_aktif (id),
  PRIMARY KEY (wilayah, nik)
) WITHOUT ROWID;
CREATE TABLE perubahan_tertunda (
  id            INTEGER PRIMARY KEY,
  pekerja_id    INTEGER NOT NULL REFERENCES pekerja (id),
  wilayah       TEXT NOT NULL,
  usulan        TEXT NOT NULL,
  perubahan     TEXT NOT NULL,
  versi         INTEGER NOT NULL,
  status        TEXT NOT NULL DEFAULT 'menunggu' CHECK (status IN ('menunggu', 'disetujui', 'ditolak')),
  diajukan_oleh TEXT NOT NULL,
  diajukan_pada TEXT NOT NULL,
  diputus_oleh  TEXT NOT NULL DEFAULT '',
  diputus_pada  TEXT NOT NULL DEFAULT '',
  alasan        TEXT NOT NULL DEFAULT ''
);
CREATE TABLE pengguna_otp (
  pengguna_id       INTEGER PRIMARY KEY REFERENCES pengguna (id),
  rahasia           TEXT NOT NULL,  -- base32
  aktif             INTEGER NOT NULL DEFAULT 0,
  langkah_terakhir  INTEGER NOT NULL DEFAULT -1,
  dibuat            TEXT NOT NULL
);
CREATE TABLE kode_pemulihan (
  pengguna_id  INTEGER NOT NULL REFERENCES pengguna (id),
  hash_kode    TEXT NOT NULL,
  dipakai      TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (pengguna_id, hash_kode)
);
CREATE INDEX pekerja_wilayah ON pekerja (kode_kelurahan, rt, status);
CREATE INDEX pekerja_nama ON pekerja (nama COLLATE NOCASE);
CREATE INDEX pekerja_status ON pekerja (status, kategori);
CREATE INDEX ahli_waris_pekerja ON ahli_waris (pekerja_id);
CREATE INDEX audit_entitas ON audit_log (entitas, entitas_id);
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE INDEX sesi_pengguna ON sesi (pengguna_id);
CREATE INDEX pekerja_tanggal_lahir ON pekerja (tanggal_lahir, kode_kelurahan, nik);
CREATE INDEX impor_wilayah ON impor (wilayah, id);
CREATE INDEX duplikat_status ON duplikat (status, id);
CREATE INDEX duplikat_b ON duplikat (pekerja_b);
CREATE INDEX keputusan_pekerja ON keputusan_verifikasi (pekerja_id);
CREATE TRIGGER keputusan_no_update BEFORE UPDATE ON keputusan_verifikasi
BEGIN SELECT RAISE(ABORT, 'keputusan_verifikasi is append-only'); END;
CREATE TRIGGER keputusan_no_delete BEFORE DELETE ON keputusan_verifikasi
BEGIN SELECT RAISE(ABORT, 'keputusan_verifikasi is append-only'); END;
CREATE INDEX pekerja_wilayah_nama ON pekerja (kode_kelurahan, nama COLLATE NOCASE);
CREATE INDEX tagihan_sumber ON tagihan (sumber_dana, tahun);
CREATE UNIQUE INDEX tagihan_bulan_rentang ON tagihan_bulan (sumber_dana, bulan, id_sampai);
CREATE INDEX pembayaran_tagihan ON pembayaran (tagihan_id);
CREATE INDEX alokasi_sumber_bulan ON alokasi (sumber_dana, bulan, id, iuran);
CREATE INDEX pendaftaran_bpjs_pekerja_pekerja ON pendaftaran_bpjs_pekerja (pekerja_id);
CREATE INDEX pendaftaran_bpjs_pekerja_nik ON pendaftaran_bpjs_pekerja (nik);
CREATE UNIQUE INDEX pekerja_kpj ON pekerja (kpj) WHERE kpj <> '';
CREATE INDEX kartu_batch_id ON kartu (batch_id);
CREATE INDEX kartu_pekerja ON kartu (pekerja_id);
CREATE INDEX klaim_pekerja ON klaim (pekerja_id);
CREATE INDEX klaim_wilayah ON klaim (wilayah);
CREATE UNIQUE INDEX klaim_satu_kematian ON klaim (pekerja_id) WHERE jenis_kejadian = 'meninggal';
CREATE INDEX klaim_dokumen_klaim ON klaim_dokumen (klaim_id);
CREATE INDEX beasiswa_anak_klaim ON beasiswa_anak (klaim_id);
CREATE INDEX proyek_wilayah ON proyek (kode_kelurahan, rt);
CREATE INDEX proyek_pekerja_nik ON proyek_pekerja (nik);
CREATE TRIGGER ringkasan_pekerja_baru AFTER INSERT ON pekerja BEGIN
  INSERT INTO ringkasan_rt (kode_kelurahan, rt, status, jumlah) VALUES (NEW.kode_kelurahan, NEW.rt, NEW.status, 1)
    ON CONFLICT (kode_kelurahan, rt, status) DO UPDATE SET jumlah = jumlah + 1;
  INSERT INTO ringkasan_kelurahan (kode_kelurahan, status, jumlah) VALUES (NEW.kode_kelurahan, NEW.status, 1)
    ON CONFLICT (kode_kelurahan, status) DO UPDATE SET jumlah = jumlah + 1;
END;
CREATE TRIGGER ringkasan_pekerja_ubah AFTER UPDATE OF kode_kelurahan, rt, status ON pekerja
WHEN OLD.kode_kelurahan IS NOT NEW.kode_kelurahan OR OLD.rt IS NOT NEW.rt OR OLD.status IS NOT NEW.status BEGIN
  UPDATE ringkasan_rt SET jumlah = jumlah - 1
    WHERE kode_kelurahan = OLD.kode_kelurahan AND rt = OLD.rt AND status = OLD.status;
  UPDATE ringkasan_kelurahan SET jumlah = jumlah - 1 WHERE kode_kelurahan = OLD.kode_kelurahan AND status = OLD.status;
  INSERT INTO ringkasan_rt (kode_kelurahan, rt, status, jumlah) VALUES (NEW.kode_kelurahan, NEW.rt, NEW.status, 1)
    ON CONFLICT (kode_kelurahan, rt, status) DO UPDATE SET jumlah = jumlah + 1;
  INSERT INTO ringkasan_kelurahan (kode_kelurahan, status, jumlah) VALUES (NEW.kode_kelurahan, NEW.status, 1)
    ON CONFLICT (kode_kelurahan, status) DO UPDATE SET jumlah = jumlah + 1;
END;
CREATE TRIGGER ringkasan_pekerja_hapus AFTER DELETE ON pekerja BEGIN
  UPDATE ringkasan_rt SET jumlah = jumlah - 1
    WHERE kode_kelurahan = OLD.kode_kelurahan AND rt = OLD.rt AND status = OLD.status;
  UPDATE ringkasan_kelurahan SET jumlah = jumlah - 1 WHERE kode_kelurahan = OLD.kode_kelurahan AND status = OLD.status;
END;
CREATE INDEX alokasi_sumber_pekerja_buku ON alokasi (sumber_dana, tahun, pekerja_id, bulan, iuran, dibayar, dibayar_pada);
CREATE INDEX audit_wilayah ON audit_log (wilayah, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE INDEX bpjs_peserta_aktif_nik ON bpjs_peserta_aktif (nik);
CREATE INDEX perubahan_tertunda_status ON perubahan_tertunda (status, pekerja_id);
COMMIT;
