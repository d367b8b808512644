// Generated from docs/openapi.yaml by `npm run api-types` (openapi-typescript); do not edit.
// `npm run api-check` (scripts/test.sh) fails when this file is not what the spec gives.
export interface paths {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Jejak audit, berhalaman
         * @description Entri audit terbaru lebih dulu; saring dengan `entitas` dan `entitas_id`. Butuh `view_audit`.
         */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Memeriksa rantai hash audit
         * @description Menghitung ulang rantai hash setiap entri dan menyebut entri pertama yang rusak, bila ada.
         */
        get: operations["getAuditVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/audit-head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kepala rantai audit, untuk dicatat siapa saja
         * @description the audit chain's head for anyone to write down (issue 16 item 5): `{"entries","last_id","hash","waktu","tanggal"}`; hashes, a count and a time, never an entry's content ([SECURITY.md](SECURITY.md))
         */
        get: operations["getPublicAuditHead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Masuk (kata sandi, dan kode OTP bila akun memakainya)
         * @description 200 `{"user":{"username","nama","role","area","area_nama","permissions":[…]},"csrf_token","sesi_terbatas":false,"otp":{"wajib","aktif","sisa_kode_pemulihan"}}` and a `lindungi_sesi` cookie (HttpOnly, SameSite=Strict, Secure behind TLS); 401 `login_gagal`; 401 `perlu_kode_otp` (the password was right, the account has a second factor: ask for the code and send all three again); 401 `kode_otp_salah` (wrong or already used code, counted by the throttle); 429 `terlalu_banyak_percobaan`
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sesi yang sedang berjalan
         * @description the same document, or 401 `belum_masuk`
         */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Keluar
         * @description 204
         */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/otp/mulai": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Memulai pendaftaran verifikasi dua langkah (rahasia TOTP baru)
         * @description 200 `{"rahasia":"<base32>","uri":"otpauth://totp/Lindungi:<username>?secret=…&issuer=Lindungi&algorithm=SHA1&digits=6&period=30"}`: a new pending secret (replaces a pending one); 409 `otp_sudah_aktif`
         */
        post: operations["postAuthOtpMulai"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/otp/konfirmasi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mengaktifkan verifikasi dua langkah dengan kode pertama
         * @description 200 `{"kode_pemulihan":["xxxxx-xxxxx", …10]}`, shown once; the factor is active from now on; 422 `kode_otp_salah`; 409 `otp_belum_dimulai`
         */
        post: operations["postAuthOtpKonfirmasi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/otp/kode-pemulihan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Membuat kode pemulihan baru
         * @description 200 `{"kode_pemulihan":[…10]}`, the old ones no longer work; 422 `kode_otp_salah`; 409 `otp_belum_aktif`
         */
        post: operations["postAuthOtpKodePemulihan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mengganti kata sandi sendiri
         * @description 204; 422 when the new one is too weak
         */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pengguna di wilayah pemanggil
         * @description Butuh `manage_users`.
         */
        get: operations["getUsers"];
        put?: never;
        /**
         * Membuat pengguna
         * @description Butuh `manage_users`, di dalam wilayah pemanggil; kata sandi diperiksa aturannya (422 bila lemah).
         */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Menghapus verifikasi dua langkah seorang pengguna
         * @description 204: `manage_users` within the caller's area; removes the user's factor and recovery codes and ends their sessions (they enrol again at the next login); 404 outside the area; 409 `akun_sendiri` for one's own account
         */
        post: operations["postUsersByIdResetOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/aktif": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mengaktifkan atau menonaktifkan pengguna
         * @description Menonaktifkan mengakhiri sesi pengguna itu.
         */
        put: operations["putUsersByIdAktif"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/sesi-rt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sesi masuk para ketua RT di wilayah Anda (ponsel hilang)
         * @description Issue 21 item 4. Butuh `end_rt_sessions` (operator kelurahan, admin kota): akun ketua RT yang aktif di wilayah pemanggil, masing-masing dengan sesinya yang masih hidup (`dibuat`, `terakhir_aktif`: permintaan terakhir, sampai menit), berhalaman.
         */
        get: operations["getUsersSesiRt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/sesi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Mengakhiri semua sesi seorang ketua RT (ponsel hilang)
         * @description Issue 21 item 4. Butuh `end_rt_sessions`, untuk akun ketua RT di wilayah pemanggil (404 selain itu): setiap sesinya berakhir seketika (ponsel yang hilang keluar pada permintaan berikutnya), tercatat di audit (`akhiri_sesi`); masuk lagi di ponsel baru membuat sesi baru. `diakhiri`: banyak sesi hidup yang diakhiri.
         */
        delete: operations["deleteUsersByIdSesi"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Alokasi massal pekerja terverifikasi menurut aturan
         * @description selects the verified, not yet funded workers (`diverifikasi`) the rule names within the caller's area (403 for a `wilayah` outside it), lowest income first, then longest waiting, at most `batas` (≤ 5,000); each is allocated or refused on its own: `{"dipilih","accepted","rejected","items":[{"pekerja_id","nama","ok","iuran","masalah":[…]}]}`
         */
        post: operations["postAllocationsBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Daftar tagihan, terbaru lebih dulu
         * @description the invoices, newest first
         */
        get: operations["getInvoices"];
        put?: never;
        /**
         * Menerbitkan tagihan untuk sumber dana dan rentang bulan
         * @description one invoice of every allocation of the funder in those months (one fiscal year) not yet on another invoice and billable by BPJS's answers (a month of a membership: from the month of the effective date of an accepted registration, none from a rejection on, none while the answer is awaited; FUNDING.md): 201 `{"id","nomor":"TGH-2026-00001","baris","total","dibayar","sisa","status":"terbit",…}`; 409 `tidak_ada_alokasi` when there is nothing left to invoice
         */
        post: operations["postInvoices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satu tagihan: per bulan, pembayaran, pekerja (berhalaman); juga XLSX/PDF
         * @description one invoice with its totals per month (`bulan:[{"bulan","baris","total","dibayar"}]`), its payments, `sumber_dana_nama`, and its workers, a page of them by name (`limit` 1-1.000, default 100; 400 `halaman_tidak_valid` beyond): `pekerja:{"items":[{"pekerja_id","nama","nik"` (masked) `,"kpj","bulan":[{"bulan","iuran","dibayar","lebih_bayar"}],"bulan_teks":"Maret 2026 – Desember 2026","jumlah_bulan","jumlah","dibayar","lebih_bayar"}],"total","offset","limit"}`; the sum of every worker's `jumlah` is the invoice's `total`. `lebih_bayar:{"bulan","jumlah","teks":"Lebih bayar, perlu dikembalikan: Rp16.800 (1 bulan …)"}`: its paid months BPJS's answers no longer allow (a month's `lebih_bayar` is what was paid on it; the workers' `lebih_bayar` add up to `jumlah`; FUNDING.md). XLSX/PDF: every worker (No, Nama, NIK, KPJ, Bulan, Jumlah bulan, Iuran, Dibayar, Lebih bayar) and a total row equal to the invoice's total (and to the lebih bayar of its rows), the PDF's heading saying the lebih bayar in words, to reconcile with BPJS's bill line by line
         */
        get: operations["getInvoicesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Membatalkan tagihan yang belum dibayar
         * @description `terbit → batal`, its lines freed for a new invoice; 409 once anything was paid
         */
        post: operations["postInvoicesByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mencatat pembayaran tagihan
         * @description records a payment, spread over the lines oldest month first; 201 `{"pembayaran","tagihan","baru":true,"baris"}`; the same `referensi` again with the same invoice and amount answers 200 with `baru:false` and changes nothing, with anything else 409 `referensi_dipakai`; 422 `kelebihan_bayar` above what is still owed, `tanggal_masa_depan`, `referensi_tidak_valid`; 409 `tagihan_lunas` / `tagihan_batal`
         */
        post: operations["postInvoicesByIdPayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/arrears": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tunggakan dan kepesertaan berakhir, per RT dan per baris
         * @description worker-months in arrears (`tunggakan`, still payable) and lapsed (`berakhir`) with amounts, per RT and line by line (`items`)
         */
        get: operations["getArrears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/renewals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Perpanjangan untuk tahun anggaran baru
         * @description renewal for the new fiscal year of everyone the funder paid for in December: `{"accepted","rejected","items":[…],"verifikasi_ulang":[{"pekerja_id","nama","masalah"}]}`; those failing re-verification go back to `didata` with the reason
         */
        post: operations["postRenewals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rts/{kode}/dana": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dana Kampung Bahagia sebuah RT, dengan kalkulator
         * @description an RT's Kampung Bahagia fund: `dana_tahunan` (Rp100 juta), `iuran_tahun_ini`, `sisa`, `persen_terpakai`, `pekerja_didanai`; with `workers`/`months` also `kalkulator` (20 × 12 → `total` 4032000, `total_teks` "Rp4.032.000")
         */
        get: operations["getRtsByKodeDana"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Laporan pemakaian pagu per sumber dana
         * @description budget use per funder: `pagu`, `dialokasikan`, `ditagih`, `dibayar`, `sisa`, `kuota`, `pekerja`, `persen_kuota`, `persen_pagu`
         */
        get: operations["getReportsFunding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Laporan tagihan, pembayaran dan lebih bayar setahun
         * @description the year's invoices (each with `lebih_bayar`) and payments, and `lebih_bayar:{"items":[{"tagihan_id","nomor","pekerja_id","nama","bulan","dibayar","keterangan"}],"bulan","jumlah","teks"}`: the paid months BPJS's answers no longer allow, to be refunded or offset (XLSX: the sheets *Tagihan*, *Pembayaran* and, when there are any, *Lebih bayar* with its total row; PDF: the same sections)
         */
        get: operations["getReportsInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/arrears": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Laporan tunggakan per RT
         * @description arrears per RT (the same as `/arrears` without the lines)
         */
        get: operations["getReportsArrears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bpjs/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Riwayat batch pendaftaran BPJS
         * @description the history, newest first, with counts per answer
         */
        get: operations["getBpjsBatches"];
        put?: never;
        /**
         * Membuat batch pendaftaran BPJS
         * @description a batch of the area's `dialokasikan` workers (with `kirim_ulang` also its `ditolak_bpjs` ones whose data was corrected since), or of the listed ones; they become `didaftarkan`. 201 `{"id","dibuat","pelaku","wilayah","jumlah","menunggu","diterima","ditolak","dilewati":[{"pekerja_id","nama","code","message"}]}`; 422 `tidak_ada_pekerja` when nobody can go; 403 for an area outside the caller's
         */
        post: operations["postBpjsBatches"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bpjs/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satu batch pendaftaran: pekerja dan jawaban BPJS
         * @description ditolak,"kpj","tanggal_efektif","alasan","dijawab"}]`, `jawaban:[…response files that changed something…]`
         */
        get: operations["getBpjsBatchesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bpjs/batches/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Berkas pendaftaran sebagaimana dikirim (CSV/XLSX)
         * @description the registration file as sent (full NIKs; the download is audited)
         */
        get: operations["getBpjsBatchesByIdFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bpjs/batches/{id}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Menerapkan (atau pratinjau) berkas jawaban BPJS
         * @description galat,"kpj","tanggal_efektif","alasan"}]`, one per row in file order (a `galat` row's problems are in `errors` under the same `row`)
         */
        post: operations["postBpjsBatchesByIdResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Meminta kartu peserta
         * @description one card batch of `diminta` cards for active members with a KPJ (of a registration batch: its accepted workers); each worker ok or refused (`belum_aktif`, `kartu_sudah_diminta`, `pekerja_tidak_ada`). 201 `{"batch":{…},"accepted","rejected","items":[{"pekerja_id","nama","ok","kartu_id","masalah"}]}`; 422 when no card can be requested
         */
        post: operations["postCards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Daftar batch kartu
         * @description card batches with `diminta`, `dicetak`, `diserahkan` counts
         */
        get: operations["getCardsBatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satu batch kartu dan kartunya
         * @description the batch's cards (`nik` masked, who/when of each state; never the token)
         */
        get: operations["getCardsBatchesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/batches/{id}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mencetak kartu satu batch (PDF)
         * @description `application/pdf`: A4 sheets of 10 ID-1 cards (every card not yet handed over); `diminta` cards become `dicetak`; header `X-Kartu-Dicetak`
         */
        post: operations["postCardsBatchesByIdPrint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/batches/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Menyerahkan semua kartu tercetak satu batch
         * @description every printed card of the batch is handed over: `{"diserahkan": n}`; 409 when none is printed
         */
        post: operations["postCardsBatchesByIdHandover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Menyerahkan satu kartu
         * @description one card `dicetak → diserahkan`; 409 from any other state
         */
        post: operations["postCardsByIdHandover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kartu seorang pekerja
         * @description the worker's cards and their states
         */
        get: operations["getWorkersByIdCards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verifikasi/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Memeriksa kartu dari kode QR (publik)
         * @description `{"ditemukan":true,"inisial":"S. N.","aktif":true,"sampai":"2026-12-31","status":"aktif s.d. 31/12/2026"}`, or `"aktif":false,"status":"tidak aktif"`, or for a card a newer card of the same worker replaced `"aktif":false,"diganti":true,"status":"kartu sudah diganti dengan kartu baru"` (`diganti` is always present); 404 `{"ditemukan":false,…}` for an unknown or malformed token
         */
        get: operations["getVerifikasiByToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Halaman pemeriksaan kartu dari kode QR (HTML, publik)
         * @description the page a card's QR code opens: the same two facts as HTML, every value escaped; the same neutral 404 page for any unknown token
         */
        get: operations["getVByToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kotak keluar pesan ke pekerja dan ahli waris, berhalaman
         * @description The outbox within the caller's area (issue 20), newest first: each message with its state (`antre`, `terkirim`, `gagal` with `alasan` in words). `pekerja_id` gives the messages of one worker and their heirs (404 outside the area).
         */
        get: operations["getMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mengirim ulang pesan yang gagal
         * @description a failed message back in the queue, due now, with the same idempotency key (city admin; audited). 409 `pesan_belum_gagal` for a message that is queued or sent.
         */
        post: operations["postMessageRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/message-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Templat pesan, dengan teks bawaan dan isian yang dapat dipakai */
        get: operations["getMessageTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/message-templates/{kode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mengubah teks templat pesan
         * @description the city admin's text for one event (audited); 422 naming `isi` for an unknown blank, an unclosed brace, 16 digits in a row or more than 1,000 characters.
         */
        put: operations["putMessageTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/message-templates/{kode}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pratinjau templat pesan dengan contoh isian
         * @description the text filled with sample values and what would stop it being saved; nothing is saved.
         */
        post: operations["postMessageTemplatePreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/pesan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Persetujuan pekerja menerima pesan (berhenti berlangganan)
         * @description the worker's consent to messages: `false` is the opt-out, honoured from then on (queued messages are not sent); audited.
         */
        put: operations["putWorkerMessageConsent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/libur": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hari libur setahun
         * @description `{"tahun","lengkap","dasar","items":[{"tanggal","tanggal_teks","jenis","jenis_label","nama","dasar","diubah_oleh","diubah"}],"total","peringatan":[{"tahun","sebagian","pesan"}]}` (default: this year)
         */
        get: operations["getLibur"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/libur/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tahun mana yang data liburnya lengkap
         * @description `{"hari_ini","tahun":[{"tahun","lengkap","dasar","hari"}],"peringatan"}`: which years are complete; the dashboard's warning for a year without data
         */
        get: operations["getLiburStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/libur/{tanggal}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Menambah atau mengubah satu hari libur
         * @description "cuti_bersama","dasar"}` (`dasar`, the decree, is required)
         */
        put: operations["putLiburByTanggal"];
        post?: never;
        /**
         * Menghapus satu hari libur
         * @description remove one day; the decree that moved or cancelled it in the body `{"dasar"}` or `?dasar=`
         */
        delete: operations["deleteLiburByTanggal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/libur/tahun/{tahun}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Dasar hukum setahun dan kelengkapannya
         * @description `{"lengkap":true,"dasar":"SKB …"}`: the year's decree and whether every day of it is in
         */
        put: operations["putLiburTahunByTahun"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aturan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Aturan program kabupaten/kota yang berlaku pada suatu tanggal
         * @description Issue 22 item 4. `{"wilayah","nama_wilayah","tanggal","berlaku":{...},"riwayat":[...],"dapat_diubah"}`: the rules of the kab/kota `wilayah` lies in (any region or RT code within the caller's area or above it), in force on `tanggal` (default today), and every row of the kab/kota with its effective date. `berlaku.bawaan` is true when the kab/kota has no row of its own (the shipped rules, Perwal Kota Jambi 18/2025). Another area's code: 403.
         */
        get: operations["getAturan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/aturan/{wilayah}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Menetapkan aturan program kabupaten/kota mulai suatu tanggal
         * @description Issue 22 item 4. Butuh `manage_programme_rules` (admin kota/kabupaten) untuk kab/kota miliknya sendiri. Adds the row of (`wilayah`, `berlaku_mulai`) or corrects it while it has not taken effect: `berlaku_mulai` today or later (a row in force keeps governing its period). Audited (`aturan_program`, old and new value of each field).
         */
        put: operations["putAturanByWilayah"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Daftar kasus klaim
         * @description the cases, newest first
         */
        get: operations["getClaims"];
        put?: never;
        /**
         * Mencatat kejadian dan membuka kasus klaim
         * @description records the event and opens the case (201): `jenis_klaim` (`jkm`, `jkk-death`, `jkk-disability`, `jkk-partial`, `stmb`, `jkk-care`), `pertanggungan` from the ledger (`terlindungi` / `perlu_konfirmasi` / `tidak_terlindungi` with `alasan`), `manfaat` line by line with `basis`, `ahli_waris` (legal group, recipients, explanation, scholarship reasons), `dokumen` (the checklist), `pengembalian_iuran`, `bulan_dibatalkan`, `beasiswa_anak`, `kedaluwarsa_pada`. A death sets the worker to `meninggal` and removes unpaid months after the event month; a second death is 409 `kematian_sudah_dicatat`. A survived accident must be a work accident (`kecelakaan_kerja: true`) with `akibat` `cacat_total`, `cacat_sebagian` (with `bagian_tubuh` from the table or `persen`), `stmb` (`bulan_stmb`) or `perawatan`
         */
        post: operations["postClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satu kasus klaim dengan jam SLA
         * @description one case, with the SLA clock (`sla.jatuh_tempo`, `hari_terlambat`, `denda_keterlambatan`) once the documents are complete
         */
        get: operations["getClaimsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/cover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mengonfirmasi pertanggungan kasus
         * @description the recorded decision on an event in an unpaid grace month; only while `perlu_konfirmasi` (409 after)
         */
        post: operations["postClaimsByIdCover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/documents/{dokumen}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mengunduh satu dokumen kasus
         * @description the file; its SHA-256 is checked on every download (409 `berkas_rusak` when it differs)
         */
        get: operations["getClaimsByIdDocumentsByDokumen"];
        put?: never;
        /**
         * Mengunggah satu dokumen kasus (isi mentah PDF/JPEG/PNG)
         * @description one checklist item; PDF, JPEG or PNG by content (422 `jenis_berkas_ditolak`), at most 5 MB (422 `berkas_terlalu_besar`); stored under the files directory as `klaim/{id}/{dokumen}-{sha256}.{ext}`; the case becomes `dokumen_lengkap` when every required item is present
         */
        post: operations["postClaimsByIdDocumentsByDokumen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mengajukan kasus yang dokumennya lengkap
         * @description `dokumen_lengkap → diajukan`; 409 `dokumen_belum_lengkap`, `perlu_konfirmasi`, `tidak_terlindungi`, `klaim_kedaluwarsa`
         */
        post: operations["postClaimsByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Memutus kasus (disetujui atau ditolak)
         * @description BPJS's decision; `alasan` required for a rejection; `jumlah` defaults to the computed benefit and may not exceed it (422 `melebihi_manfaat`)
         */
        post: operations["postClaimsByIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mencatat pembayaran klaim
         * @description `disetujui → dibayar`; the answer carries the late working days and the 1%-per-day figure. Recorded by someone other than the approver, an account the approver created counting as the approver (403 `dua_orang`, issue 16 item 4); never more than the approved amount (422 `melebihi_persetujuan`)
         */
        post: operations["postClaimsByIdPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scholarships/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Beasiswa yang jatuh tempo pada tahun ajaran
         * @description children due in the school year starting July `tahun`: `menunggu_bukti_sekolah` or `menunggu_pembayaran`
         */
        get: operations["getScholarshipsDue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scholarships/{id}/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mencatat satu tahun beasiswa seorang anak
         * @description proof of enrolment; the amount per level per year, refused (409) when the level's years, Rp87 juta per child or Rp174 juta for two are used up, the year is already recorded, the child is 23, married (`anak_menikah`) or working (`anak_bekerja`, unless `pengecualian_3a`: still in school and working as PU ≤ 6 months, as BPU or an intern)
         */
        post: operations["postScholarshipsByIdYears"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scholarship-years/{id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mencatat pembayaran satu tahun beasiswa
         * @description the payment of that year (409 when already paid)
         */
        post: operations["postScholarshipYearsByIdPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Laporan klaim per kelurahan
         * @description per kelurahan: cases opened, paid, pending, rejected, amounts paid, scholarships paid; plus `beasiswa_jatuh_tempo` for the school year of `sampai`
         */
        get: operations["getReportsClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sumber dana dan pagunya
         * @description Sumber dana yang boleh dilihat pemanggil (wilayah dan kohortnya).
         */
        get: operations["getFunders"];
        put?: never;
        /**
         * Membuat sumber dana
         * @description Butuh `manage_funding`.
         */
        post: operations["postFunders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funders/{kode}/budget/{tahun}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Menetapkan pagu dan kuota setahun
         * @description Butuh `manage_funding`; diaudit.
         */
        put: operations["putFundersByKodeBudgetByTahun"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mengalokasikan pekerja ke sumber dana
         * @description Tiap pekerja dialokasikan atau ditolak sendiri-sendiri (`items` dengan `ok` dan `masalah`).
         */
        post: operations["postAllocations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocations/prioritas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mengalokasikan pekerja menurut urutan prioritas sumber dana kabupaten/kota
         * @description Issue 22 item 4. Each worker funded by the first funder, in the order of priority of his kab/kota's rules in force on `mulai` (GET /aturan), that may and can pay (cohort, area, budget, quota); `items[].sumber_dana` names it. A worker no funder can take is refused with each funder's reasons.
         */
        post: operations["postAllocationsPrioritas"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pemakaian pagu per sumber dana
         * @description Format json, xlsx atau pdf.
         */
        get: operations["getReportsBudget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Buku besar iuran seorang pekerja
         * @description Bulan-bulan yang didanai, dibayar dan statusnya; `tanggal` menjawab "terlindungi pada tanggal D?".
         */
        get: operations["getWorkersByIdLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server hidup? (tanpa kueri basis data)
         * @description `{"status":"ok","database":"sqlite","today":"2026-12-05","tanggal_tetap":null}` (`"postgresql"` on PostgreSQL; `tanggal_tetap` is the date `LINDUNGI_TODAY` fixed, else `null`). No database query (issue 16 item 6): a probe may call it as often as it likes
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Templat impor (XLSX atau CSV)
         * @description the template of DESIGN.md §6 with an example row; the XLSX also has a "Petunjuk" sheet explaining each column in Bahasa Indonesia, a "Daftar" sheet of codes, drop-down lists, and the NIK/RT/phone columns stored as text
         */
        get: operations["getImportsTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Riwayat impor, berhalaman
         * @description the history within the caller's area, newest first: `{"items":[{"id","waktu","pelaku","wilayah","nama_berkas","format","ukuran","rows","created","updated","unchanged","accepted","rejected","duplicates","warnings"}],…}`
         */
        get: operations["getImports"];
        put?: never;
        /**
         * Mengimpor spreadsheet templat (atau memeriksanya saja)
         * @description xlsx` answers with the row-problem report as a file instead of JSON. `baris=1` adds the per-row list to a commit (a dry run always has it)
         */
        post: operations["postImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satu impor
         * @description one import with its `errors` and `warnings`
         */
        get: operations["getImportsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Masalah per baris satu impor (juga CSV/XLSX)
         * @description the row-problem report (`baris, kolom, tingkat, kode, pesan`) as a download
         */
        get: operations["getImportsByIdErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bpjs/active-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Daftar anggota aktif BPJS yang terakhir diunggah
         * @description the last file's summary
         */
        get: operations["getBpjsActiveMembers"];
        put?: never;
        /**
         * Mengunggah daftar anggota aktif BPJS
         * @description BPJS's file of active members (columns `nik`, `kpj`, `segmen` PU/BPU, `pembayar`; any order and case): replaces the list; 201 `{"rows","accepted","rejected","matched","errors":[…]}`. A file without one valid row is refused and the old list kept
         */
        post: operations["postBpjsActiveMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bpjs/active-members/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pekerja yang tercatat aktif di BPJS, berhalaman
         * @description registry workers BPJS lists as active, with `bpjs: {segmen, pembayar}`
         */
        get: operations["getBpjsActiveMembersMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pasangan dugaan duplikat, berhalaman
         * @description "same person, other NIK" pairs whose two workers are both in the caller's area, highest score first: `{"id","skor","alasan":[…],"status","sumber","pekerja":[{…},{…}],…}`
         */
        get: operations["getDuplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duplicates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satu pasangan dugaan duplikat
         * @description one pair
         */
        get: operations["getDuplicatesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duplicates/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Menggabungkan dua data menjadi satu
         * @description keeps one record; the other is rejected with a link to it (`alasan`, audit `digabung_ke`), its phone, address and heirs carried over when the kept record lacks them. Nothing is deleted. A funded or registered record can only be the one kept (409)
         */
        post: operations["postDuplicatesByIdMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duplicates/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Menyatakan pasangan bukan orang yang sama
         * @description not the same person; a dismissed pair is never proposed again
         */
        post: operations["postDuplicatesByIdDismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duplicates/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Memindai ulang dugaan duplikat di wilayah
         * @description compares everyone born on the same day within the area (for records made before the search existed): `{"compared","found","added"}`
         */
        post: operations["postDuplicatesScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proyek konstruksi, berhalaman
         * @description paged list, newest SPK first; `kepatuhan` = `tanpa_sertifikat`, `terlambat`, `mulai_tanpa_perlindungan` or `patuh` → `{"items","total","page","limit"}`
         */
        get: operations["getProjects"];
        put?: never;
        /**
         * Mencatat proyek konstruksi
         * @description 201 with the project; `nilai` and `upah_bulanan` as numbers or Rupiah text, dates `DD/MM/YYYY` or `YYYY-MM-DD`; the premium is computed (`iuran`, `dasar_iuran`, `sumber_aturan`, `tanggal_aturan`)
         */
        post: operations["postProjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satu proyek dengan pekerja dan kepatuhannya
         * @description the project with its workers (NIKs masked) and `kepatuhan: {batas_daftar, sisa_hari_kerja, tanpa_sertifikat, terlambat, mulai_tanpa_perlindungan, patuh}`
         */
        get: operations["getProjectsById"];
        /**
         * Mengubah proyek
         * @description absent fields keep their value; 409 `versi_berubah`, 409 `sudah_bersertifikat` when the value, PPN, wages or SPK date change after the certificate, 409 `proyek_selesai`
         */
        put: operations["putProjectsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mencatat sertifikat kepesertaan proyek
         * @description `direncanakan → bersertifikat`; 422 `pembayaran_kurang` when the amount is below the premium
         */
        post: operations["postProjectsByIdCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/certificate/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mencabut sertifikat proyek
         * @description clears the certificate and payment (`bersertifikat → direncanakan`; a started project stays started, without cover)
         */
        post: operations["postProjectsByIdCertificateRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Memulai proyek
         * @description `bersertifikat → dimulai`; 409 `belum_bersertifikat` without certificate and full payment; 422 `mulai_sebelum_bayar`
         */
        post: operations["postProjectsByIdStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Menyelesaikan proyek
         * @description `dimulai → selesai`; 409 `belum_dimulai`
         */
        post: operations["postProjectsByIdFinish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Menambah pekerja ke proyek
         * @description 201; the NIK checked with the registry's NIK rules (422 naming `nik`), linked to the registry's worker when the NIK is there (`pekerja_id`); 409 `nik_sudah_terdaftar`
         */
        post: operations["postProjectsByIdWorkers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/workers/{wid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Mengeluarkan pekerja dari proyek
         * @description removes that worker row (its `id` in `pekerja`)
         */
        delete: operations["deleteProjectsByIdWorkersByWid"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Laporan kepatuhan proyek konstruksi
         * @description the compliance report: `{"wilayah","tanggal","total":{row},"per_kelurahan":[row],"per_rt":[row],"bermasalah":[project]}`, row = `{kode,nama,proyek,tanpa_sertifikat,terlambat,mulai_tanpa_perlindungan,patuh,nilai,iuran}`; XLSX (and PDF) with the sheets *Per Kelurahan*, *Per RT*, *Proyek Bermasalah*
         */
        get: operations["getReportsProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{kode}/rts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RT sebuah kelurahan
         * @description the RTs of a kelurahan
         */
        get: operations["getRegionsByKodeRts"];
        put?: never;
        /**
         * Membuat RT di sebuah kelurahan/desa
         * @description creates an RT of a kelurahan/desa (201 `{"kode","kode_kelurahan","nomor","nama_ketua"}`), audited; 409 `rt_sudah_ada`, 404 `kelurahan_tidak_ada`, 403 `di_luar_wilayah`
         */
        post: operations["postRegionsByKodeRts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pohon wilayah dengan angka cakupan
         * @description the region tree (provinsi › kota › kecamatan › kelurahan) with `workers`, `verified`, `covered`, `potential`, `coverage_pct` per area, limited to the caller's area
         */
        get: operations["getRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Laporan cakupan per wilayah (juga XLSX/PDF)
         * @description DESIGN.md §5 coverage document; XLSX/PDF: one row per area (kode, nama, pekerja, terverifikasi, terlindungi, potensi, terlindungi jalur lain, cakupan %) and the total ([REPORTS.md](REPORTS.md))
         */
        get: operations["getReportsCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Jalan menuju cakupan semesta (corong per wilayah)
         * @description the area's funnel of today (issue 22 item 1): potential workforce, not yet BPJS members (the drop: members through other routes), on record, verified, funded, active at BPJS, card handed over; each step with `jumlah` (null for the first two when the potential is unknown), `turun` (the drop from the step before) and `alasan` (reasons whose `jumlah` add up to `turun`); `wilayah` is the area asked (default: the caller's), `rows` one per area of `level` within it. Counts only, scoped like the coverage report: 403 `di_luar_wilayah` outside the caller's area, 400 `tingkat_tidak_valid` for an unknown level. `kategori` counts one category's workers from "on record" on (the potential stays the area's; on the demo, `pekerja_rentan` gives the seeds' 15,000 on record and 3,000 active for Kota Jambi), echoed in the answer (null: every category); 400 `kategori_tidak_dikenal` for an unknown one.
         */
        get: operations["getReportsFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/rencana": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rencana anggaran menuju cakupan semesta (juga XLSX/PDF)
         * @description the budget planner (issue 22 item 2, [PLANNER.md](PLANNER.md)): for a target and a fiscal year, the workers still to cover and the premium each funder must budget, month by month, from the rule book (premium by income bracket) and each funder's areas, occupations, quota, budget and priority; `total_iuran` is the sum of `per_sumber_dana[].iuran`, each line's `bulanan` (January..December) adds up to its `iuran`, Rupiah as integers. New workers join evenly from `mulai` (January, or the month after today in the current year) to December, the most vulnerable first; `peringkat_rt` ranks the uncovered workers per RT by the vulnerability score (`per_rt` listed each). What-if parameters (`tambah_anggaran`, `pindah_provinsi`, `dana_rt`) change the computation only: nothing is written. Scoped like the coverage report (403 `di_luar_wilayah`); 400 `target_tidak_valid`, `tambah_anggaran_tidak_valid`, `pekerjaan_tidak_dikenal`, `dana_rt_tidak_valid`; 422 `tahun_lampau` for a past year. XLSX: every ranked worker; PDF: at most 3 per RT.
         */
        get: operations["getReportsRencana"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/coverage/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tren cakupan per bulan
         * @description the last `bulan` (1–36, default 12; otherwise 400 `parameter_tidak_valid`, `field` `bulan`) contribution months up to the current one (Asia/Jakarta), oldest first, every month present (zeros when nothing was allocated): `{"kode","nama","potensi","peserta_lain","rows":[{"bulan":"2026-11","dialokasikan","lunas","coverage_pct"}]}`
         */
        get: operations["getReportsCoverageTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/cek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cek Perlindungan: pekerja memeriksa perlindungannya dengan NIK dan tanggal lahir (publik)
         * @description issue 20 item 1. No login; the NIK travels in the body, never in a URL. 200: initials, `status` (`terlindungi` | `dalam_proses` | `tidak_terlindungi`) with `status_label`, `terlindungi_sampai`, the kind of funder (`pembiayaan`, never a budget), the card's state and where to collect it, the benefits with figures computed from the rule book (`manfaat[]`: JKK medical care, STMB, JKK death and total disability at the worker's bracket, JKM, scholarships) and what to do after an accident or a death (`langkah[]`: whom to contact, the claim checklist's documents). 404 `data_tidak_cocok` for an unknown NIK and for a wrong date of birth alike, the same body (no oracle). Wrong pairs are throttled per client and per NIK: 429 `terlalu_banyak_percobaan`. Every attempt is audited (`cek_perlindungan`, NIK masked).
         */
        post: operations["postPublicCek"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Angka cakupan untuk publik (hanya agregat)
         * @description aggregates only, the DESIGN.md §5 coverage document plus `tanggal` (the one clock's today). Without `wilayah`: the whole deployment; `level=kota` lists only the kab/kota it serves (with workers or a known potential: the demo's Kota Jambi and Kota Sungai Penuh), from which a citizen chooses. `wilayah` = one kab/kota code (issue 17 item 8): its kecamatan or kelurahan only (never another kab/kota's), the total named after it, and `peta` — its kelurahan boundary map's URL, or `null` when none ships. 400 `tingkat_tidak_valid` for `rt`, `provinsi`, or `level=kota` with a `wilayah`; 400 `wilayah_tidak_valid` (`field` `wilayah`) for anything but a known kab/kota code
         */
        get: operations["getPublicCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/no-hp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Memeriksa nomor HP dengan aturan yang sama dengan simpan (tanpa menyimpan)
         * @description issue 20 item 5: the worker form's live check. `{"no_hp":"0812-3456-7890"}` → `{"valid":true, "no_hp":"+6281234567890","pesan":null}` (the canonical form it would be stored in), or `{"valid":false, "no_hp":null,"pesan":"Nomor HP harus …"}`. A POST so that the number stays out of URLs.
         */
        post: operations["postNoHp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nik/{nik}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Isi sebuah NIK (tanpa memeriksa daftar)
         * @description what a NIK encodes (no registry lookup)
         */
        get: operations["getNikByNik"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/premium": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kalkulator iuran dengan rinciannya
         * @description the premium with its breakdown
         */
        get: operations["getPremium"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jakon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kalkulator iuran jasa konstruksi
         * @description Iuran JKK dan JKM proyek dari nilai kontrak (`value`), PPN dan tanggal SPK.
         */
        get: operations["getJakon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worker-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Perubahan data penting yang menunggu atau sudah diputus
         * @description pending changes within the caller's area (`view_workers`): `{"items":[{"id","pekerja_id","nama_pekerja","wilayah","perubahan":{field:[old,new]} (NIKs masked),"status","diajukan_oleh","diajukan_pada","diputus_oleh","diputus_pada","alasan","nama_wilayah":{"15.71.01.1001":"Simpang IV Sipin",…}}]}`, newest first; `nama_wilayah` names the kelurahan codes in `perubahan`, so the screen writes each change as the audit log does ("Kelurahan: Simpang IV Sipin → Telanaipura", "Tanggal lahir: 17/08/1985 → 18/08/1985", heirs by name and relation; issue 17)
         */
        get: operations["getWorkerChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worker-changes/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Menyetujui atau menolak perubahan data penting
         * @description `verify_workers` in the worker's area, by someone other than the proposer, an account the proposer's admin created counting as the proposer (403 `pengaju_tidak_boleh_memutus`); approval applies the change (409 `versi_berubah` if the record changed since), a rejection needs a reason; both audited (`setujui_perubahan`, `tolak_perubahan`)
         */
        post: operations["postWorkerChangesByIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Memverifikasi pekerja
         * @description `didata → diverifikasi`; refused (409) while a suspected duplicate of the worker awaits a decision, or when BPJS's last active-member file lists the NIK; 422 when the automatic checks fail now; 403 `pembuat_tidak_boleh_memeriksa` on a record the caller recorded (maker-checker). A worker with `peringatan` (the NIK contradicts the record) is refused with 409 `peringatan_nik` (`field: "alasan_abaikan_peringatan"`, the message naming each warning) unless `alasan_abaikan_peringatan` says why it may be set aside, at least 10 letters (422 `alasan_abaikan_terlalu_pendek` when shorter); the reason is kept with the decision (`GET …/verifications`, the worker's `alasan`) and the `verifikasi` audit entry carries `peringatan_nik` and `alasan_abaikan_peringatan` (issue 17 item 2). Area and maker-checker apply before it: a reason never opens another area's or one's own record
         */
        post: operations["postWorkersByIdVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Menolak pekerja dengan alasan
         * @description `didata → ditolak`; `alasan` required
         */
        post: operations["postWorkersByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Riwayat keputusan verifikasi seorang pekerja
         * @description every decision on the worker: who, when, what, why
         */
        get: operations["getWorkersByIdVerifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verifikasi massal (sampai 1.000 pekerja)
         * @description up to 1,000 workers in one transaction, each decided on its own: `{"results":[{"pekerja_id","ok","status","error"}],"ok","failed"}`. A NIK warning is never set aside in bulk: such a worker fails with `peringatan_nik` and is verified on its own
         */
        post: operations["postVerifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mengajukan ulang pekerja yang ditolak setelah diperbaiki
         * @description `ditolak → didata` once corrected (issue 17 item 1); audited `ajukan_ulang`; whoever resubmits cannot verify it
         */
        post: operations["postWorkersByIdResubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Daftar pekerja, berhalaman
         * @description paged list: `wilayah` (region or RT code), `status`, `kategori`, `pekerjaan`, `q` (NIK prefix or part of the name), `sort` (`nama`, `nik`, `status`, `dibuat`, `rt`, `penghasilan`; `-` for descending), `page`, `limit` (≤ 500) → `{"items","total","page","limit"}`
         */
        get: operations["getWorkers"];
        put?: never;
        /**
         * Mencatat pekerja
         * @description record a worker (fields of the import template, DESIGN.md §6, plus `persetujuan: true` and `ahli_waris: [{"nama","hubungan","nik","tanggal_lahir"}]`) → 201. A NIK another worker holds is refused (also on `PUT` and when a pending change is approved): 409 `nik_sudah_ada` naming that worker (masked NIK, name, RT) when the caller may see them, else 409 `nik_terdaftar_di_wilayah_lain` "NIK 1571**********01 sudah terdaftar di luar wilayah Anda, di Kelurahan Buluran Kenali; …" naming only that record's kelurahan (also as the error's `nama_kelurahan`, which the phone shows on its draft), never a name, the full NIK, the RT or its head (issue 17; issue 16 item 3; issue 21 item 3). With `Idempotency-Key` a resent draft is recorded once
         */
        post: operations["postWorkers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satu pekerja dengan ahli warisnya
         * @description one worker with heirs
         */
        get: operations["getWorkersById"];
        /**
         * Memperbaiki data pekerja
         * @description correct a worker's data; the body carries the `versi` it was read at. On a verified or active worker (diverifikasi, dialokasikan, didaftarkan, aktif, ditolak_bpjs) a material edit (NIK, name, birth date, income, kelurahan/RT, heirs) does not apply: it becomes a pending change for a second person and the answer carries `"perubahan_tertunda": {"id","status":"menunggu","pesan"}`; the other fields (phone, address, ...) apply at once (issue 16 item 4). 409 `perubahan_menunggu` while one is waiting. An import follows the same rule (below, "Rows that change a verified worker's material data")
         */
        put: operations["putWorkersById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/nik/{nik}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satu pekerja menurut NIK
         * @description one worker by NIK
         */
        get: operations["getWorkersNikByNik"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workers/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Data pribadi seorang pekerja (UU PDP)
         * @description Data, ahli waris dan riwayat auditnya sebagai berkas JSON; permintaan ini sendiri diaudit.
         */
        get: operations["getWorkersByIdExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kontrak API ini (OpenAPI 3.1) sebagai JSON
         * @description docs/openapi.yaml, diubah ke JSON saat server dibangun. Publik: hanya bentuk, tanpa data.
         */
        get: operations["getOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Halaman referensi API yang dapat dibaca
         * @description Menampilkan /api/v1/openapi.json dengan skrip dari server ini saja (tanpa CDN, bekerja tanpa internet).
         */
        get: operations["getApiDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/referensi.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Skrip halaman referensi API */
        get: operations["getApiDocsScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrik Prometheus (format teks)
         * @description Hanya dari server ini sendiri (peer loopback, tidak diteruskan proksi) atau dengan `Authorization: Bearer <token metrik>`; selain itu 403 `metrik_tertutup`, dengan atau tanpa sesi. Tidak memakai sesi.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AllocationItem: {
            iuran: number;
            masalah: components["schemas"]["GalatKolom"][];
            nama: string;
            ok: boolean;
            pekerja_id: number;
            /** @description the funder chosen by priority (POST /allocations/prioritas) */
            sumber_dana?: string;
        };
        AreaFigures: {
            coverage_pct: number | null;
            covered: number;
            covered_other: number;
            kode: string;
            nama: string;
            potential: number;
            verified: number;
            workers: number;
            /** @description Rupiah, the cash death benefits (JKM and JKK death, by income bracket) the area's active workers hold today; a total is the sum of its rows. Basis in words in `nilai_perlindungan_dasar`. */
            nilai_perlindungan: number;
        };
        ArrearsRt: {
            berakhir: number;
            bulan_berakhir: number;
            bulan_tunggakan: number;
            kode_rt: string;
            pekerja: number;
            tunggakan: number;
        };
        CalendarWarning: {
            pesan: string;
            sebagian: boolean;
            tahun: number;
        };
        CodedMessage: {
            code: string;
            message: string;
        };
        ComplianceRow: {
            iuran: number;
            kode: string;
            mulai_tanpa_perlindungan: number;
            nama: string;
            nilai: number;
            patuh: number;
            proyek: number;
            tanpa_sertifikat: number;
            terlambat: number;
        };
        DecisionInput: {
            alasan?: string;
            keputusan: string;
        };
        HeirInput: {
            hubungan: string;
            nama: string;
            nik?: string;
            tanggal_lahir?: string | null;
        };
        Payment: {
            dibuat: string;
            id: number;
            jumlah: number;
            pelaku: string;
            referensi: string;
            tagihan_id: number;
            tanggal: string;
        };
        PaymentInput: {
            jumlah: number;
            referensi: string;
            tanggal: string;
        };
        RowError: {
            code: string;
            column: string;
            message: string;
            row: number;
        };
        RtSessions: {
            area: string;
            area_nama: string;
            id: number;
            nama: string;
            sesi: {
                dibuat: string;
                terakhir_aktif: string;
            }[];
            username: string;
        };
        ScholarshipDue: {
            anak_id: number;
            jenjang: string | null;
            jumlah: number;
            klaim_id: number;
            nama: string;
            pekerja: string;
            status: string;
            sudah_diterima: number;
            tahun_id: number | null;
            tanggal_lahir: string | null;
            wilayah: string;
        };
        Stamp: {
            oleh: string;
            pada: string;
        };
        WorkerRecord: {
            ahli_waris: components["schemas"]["Heir"][];
            alamat: string;
            alasan: string;
            dibuat: string;
            diperbarui: string;
            id: number;
            /**
             * @description L laki-laki, P perempuan, null tidak diketahui
             * @enum {string|null}
             */
            jenis_kelamin: "L" | "P" | null;
            kategori: string;
            kategori_label: string;
            kecamatan: string;
            kelurahan: string;
            kode_kelurahan: string;
            kode_rt: string;
            kpj: string;
            nama: string;
            nik: string;
            no_hp: string;
            pekerjaan: string;
            pekerjaan_label: string;
            penghasilan: number;
            penghasilan_teks: string;
            peringatan: components["schemas"]["NikWarning"][];
            persetujuan: boolean;
            setuju_pesan: boolean;
            rt: number;
            status: string;
            status_label: string;
            sumber_dana: string;
            tanggal_lahir: string | null;
            versi: number;
        };
        /** @description Bentuk setiap galat. `errors` (tiap masalah, kolom demi kolom) ada pada 422. */
        Galat: {
            error: {
                /** @description Kode tetap untuk program (tidak diterjemahkan) */
                code: string;
                /** @description Pesan untuk orang, dalam bahasa yang diminta */
                message: string;
                /** @description Kolom atau parameter yang salah; kosong bila tidak ada */
                field: string;
                errors?: components["schemas"]["GalatKolom"][];
                /** @description Hanya pada 409 `nik_terdaftar_di_wilayah_lain`: nama kelurahan tempat NIK itu sudah terdaftar, seperti dalam pesannya (bukan nama, NIK lengkap, RT, atau ketua RT pekerja itu). Ponsel ketua RT menampilkannya pada data yang belum terkirim. */
                nama_kelurahan?: string;
            };
        };
        GalatKolom: {
            field: string;
            code: string;
            message: string;
        };
        /** @description Satu pesan di kotak keluar (issue 20). */
        Message: {
            /** @description Mengapa gagal, atau masalah percobaan terakhir selama masih antre */
            alasan: string;
            coba_pada: string;
            dibuat: string;
            id: number;
            isi: string;
            /** @description Kunci idempotensi yang diterima gateway pada setiap percobaan */
            kunci: string;
            nama_penerima: string;
            no_hp: string;
            pekerja_id: number;
            /** @enum {string} */
            penerima: "pekerja" | "ahli_waris";
            penerima_label: string;
            percobaan: number;
            /** @enum {string} */
            status: "antre" | "terkirim" | "gagal";
            status_label: string;
            templat: string;
            templat_judul: string;
            terkirim_pada: string;
        };
        MessageTemplate: {
            diubah: boolean;
            diubah_oleh: string;
            diubah_pada: string;
            isi: string;
            isi_bawaan: string;
            isian: string[];
            judul: string;
            kode: string;
        };
        FieldProblem: {
            code: string;
            field: string;
            message: string;
        };
        /** @description Amplop daftar tanpa halaman: semua `items` sekaligus. */
        Items: {
            items: unknown[];
        };
        /** @description Amplop daftar berhalaman: satu halaman `items` dari `total` baris. */
        Page: {
            items: unknown[];
            total: number;
            page: number;
            limit: number;
        };
        ActiveMemberMatch: {
            bpjs: {
                pembayar: string;
                segmen: string;
            };
            id: number;
            /**
             * @description L laki-laki, P perempuan, null tidak diketahui
             * @enum {string|null}
             */
            jenis_kelamin: "L" | "P" | null;
            kategori: string;
            kelurahan: string;
            kode_kelurahan: string;
            kode_rt: string;
            nama: string;
            nik: string;
            pekerjaan: string;
            pekerjaan_label: string;
            peringatan: components["schemas"]["NikWarning"][];
            rt: number;
            status: string;
            status_label: string;
            sumber_dana: string;
            tanggal_lahir: string | null;
        };
        AuditEntry: {
            aksi: string;
            entitas: string;
            entitas_id: string;
            hash: string;
            id: number;
            pelaku: string;
            perubahan: {
                [key: string]: ({
                    id?: number;
                    kode?: string;
                    sha256?: string;
                    ukuran?: number;
                    nama?: string;
                    nik?: string;
                    pekerja_id?: number | null;
                    peran?: string;
                    baris?: number;
                    jumlah?: number;
                    referensi?: string;
                    tanggal?: string;
                    bulan?: number;
                    iuran?: number;
                    mulai?: string;
                    sumber_dana?: string;
                } | unknown[] | string | number | boolean | null)[] | string | boolean;
            };
            waktu: string;
            wilayah: string;
        };
        BpjsBatchSummary: {
            dibuat: string;
            diterima: number;
            ditolak: number;
            id: number;
            jumlah: number;
            menunggu: number;
            pelaku: string;
            wilayah: string;
        };
        CardBatchSummary: {
            dibuat: string;
            dicetak: number;
            diminta: number;
            diserahkan: number;
            id: number;
            jumlah: number;
            pelaku: string;
            pendaftaran_id: number | null;
            wilayah: string;
        };
        /**
         * @description draf -> dokumen_lengkap -> diajukan -> disetujui -> dibayar, atau diajukan -> ditolak (src/core/claim_status.hpp)
         * @enum {string}
         */
        ClaimStatus: "draf" | "dokumen_lengkap" | "diajukan" | "disetujui" | "ditolak" | "dibayar";
        /**
         * @description Keputusan pertanggungan sebuah klaim
         * @enum {string}
         */
        Cover: "terlindungi" | "perlu_konfirmasi" | "tidak_terlindungi";
        ClaimSummary: {
            dibayar_jumlah: number;
            id: number;
            /** @enum {string} */
            jenis_kejadian: "meninggal" | "kecelakaan";
            jenis_klaim: string;
            manfaat_total: number;
            pekerja: string;
            pekerja_id: number | null;
            pertanggungan: components["schemas"]["Cover"];
            status: components["schemas"]["ClaimStatus"];
            tanggal_kejadian: string;
            wilayah: string;
        };
        /** @description Satu tahun ajaran beasiswa anak yang sudah dibayar */
        ScholarshipYear: {
            id: number;
            tahun_ajaran: string;
            jenjang: string;
            jumlah: number;
            bukti: string;
            dibayar_pada: string;
            referensi: string;
        };
        Claim: {
            ahli_waris: {
                golongan: number;
                penerima: {
                    hubungan: string;
                    nama: string;
                    nik?: string;
                }[];
                beasiswa?: {
                    alasan: string[];
                    masa_iur_bulan: number;
                    syarat_masa_iur_bulan: number;
                };
                penjelasan?: string;
                tercatat?: {
                    golongan: number;
                    hubungan: string;
                    nama: string;
                }[];
            };
            beasiswa_anak: {
                id: number;
                nama: string;
                nik: string;
                tahun: components["schemas"]["ScholarshipYear"][];
                tanggal_lahir: string | null;
                urutan: number;
            }[];
            bulan_dibatalkan: {
                bulan: string;
                iuran: number;
                sumber_dana: string;
            }[];
            diajukan_pada: string;
            dibuat_oleh: string;
            dibuat_pada: string;
            dokumen: {
                ada: boolean;
                berkas: {
                    diunggah_oleh: string;
                    diunggah_pada: string;
                    id: number;
                    jenis: string;
                    nama_berkas: string;
                    sha256: string;
                    ukuran: number;
                }[];
                dasar: string | null;
                kode: string;
                label: string;
                wajib: boolean;
            }[];
            dokumen_lengkap_pada: string;
            id: number;
            jenis_klaim: string;
            kedaluwarsa: boolean;
            kedaluwarsa_pada: string;
            kedaluwarsa_teks: string;
            kejadian: {
                akibat: string;
                /** @enum {string} */
                jenis: "meninggal" | "kecelakaan";
                kecelakaan_kerja: boolean;
                tanggal: string;
                tanggal_teks: string;
                tempat: string;
                uraian: string;
            };
            keputusan: {
                alasan: string;
                hasil: string;
                jumlah_disetujui: number;
                oleh: string;
                pada: string;
            };
            manfaat: {
                kind?: string;
                lines?: {
                    amount: number;
                    amount_teks: string;
                    basis: string;
                    label: string;
                }[];
                notes?: string[];
                source?: string;
                total?: number;
                total_teks?: string;
                upah?: number;
            };
            manfaat_total: number;
            manfaat_total_teks: string;
            pekerja: string;
            pekerja_id: number | null;
            pembayaran: {
                jumlah: number;
                referensi: string;
                tanggal: string;
            };
            pengembalian_iuran: number;
            pengembalian_iuran_teks: string;
            pertanggungan: {
                alasan: string;
                dikonfirmasi_oleh: string;
                dikonfirmasi_pada: string;
                keputusan: components["schemas"]["Cover"];
            };
            sla: {
                dasar: string | null;
                denda_keterlambatan: number;
                denda_keterlambatan_teks: string;
                hari_kerja: number;
                hari_terlambat: number;
                jatuh_tempo: string;
                jatuh_tempo_teks: string;
                mulai: string;
            } | null;
            status: components["schemas"]["ClaimStatus"];
            sumber_dana: string;
            versi: number;
            wilayah: string;
        };
        CoverageReport: {
            level: string;
            rows: components["schemas"]["AreaFigures"][];
            total: components["schemas"]["AreaFigures"];
            /** @description how nilai_perlindungan is computed, in words, with the regulations */
            nilai_perlindungan_dasar: string;
        };
        HolidayRemoved: {
            dihapus: string;
        };
        Duplicate: {
            alasan: string[];
            catatan: string;
            dibuat: string;
            diputuskan_oleh: string;
            diputuskan_pada: string;
            id: number;
            pekerja: components["schemas"]["WorkerRecord"][];
            pekerja_tetap: number | null;
            skor: number;
            status: string;
            sumber: string;
        };
        DuplicateSummary: {
            alasan: string[];
            catatan: string;
            dibuat: string;
            diputuskan_oleh: string;
            diputuskan_pada: string;
            id: number;
            pekerja: {
                ahli_waris: components["schemas"]["Heir"][];
                alamat: string;
                alasan: string;
                dibuat: string;
                diperbarui: string;
                id: number;
                /**
                 * @description L laki-laki, P perempuan, null tidak diketahui
                 * @enum {string|null}
                 */
                jenis_kelamin: "L" | "P" | null;
                kategori: string;
                kategori_label: string;
                kecamatan: string;
                kelurahan: string;
                kode_kelurahan: string;
                kode_rt: string;
                kpj: string;
                nama: string;
                nik: string;
                no_hp: string;
                pekerjaan: string;
                pekerjaan_label: string;
                penghasilan: number;
                penghasilan_teks: string;
                peringatan: {
                    kode: string;
                    kolom: string;
                    pesan: string;
                }[];
                persetujuan: boolean;
                setuju_pesan: boolean;
                rt: number;
                status: string;
                status_label: string;
                sumber_dana: string;
                tanggal_lahir: string | null;
                versi: number;
            }[];
            pekerja_tetap: number | null;
            skor: number;
            status: string;
            sumber: string;
        };
        Arrears: {
            berakhir: number;
            items: {
                bulan: string;
                dibayar: number;
                iuran: number;
                kode_rt: string;
                nama: string;
                pekerja_id: number;
                /** @enum {string} */
                status: "tunggakan" | "berakhir";
                sumber_dana: string;
                tagihan_id: number;
            }[];
            rts: components["schemas"]["ArrearsRt"][];
            sumber_dana: string;
            tahun: number;
            tunggakan: number;
            wilayah: string;
        };
        AuditCheck: {
            entries: number;
            first_bad_id: number;
            keyed: number;
            legacy: number;
            ok: boolean;
            problem: string;
            unchained: number;
        };
        BpjsActiveLatest: {
            file: {
                accepted: number;
                id: number;
                matched: number;
                nama_berkas: string;
                pelaku: string;
                rejected: number;
                rows: number;
                waktu: string;
            } | null;
        };
        BpjsBatchDetail: {
            dibuat: string;
            diterima: number;
            ditolak: number;
            id: number;
            jawaban: {
                baris: number;
                diterima: number;
                ditolak: number;
                galat: number;
                id: number;
                nama_berkas: string;
                pelaku: string;
                tidak_berubah: number;
                waktu: string;
            }[];
            jumlah: number;
            menunggu: number;
            pekerja: {
                alasan: string;
                dijawab: string;
                kpj: string;
                nama: string;
                nik: string;
                pekerja_id: number;
                /** @enum {string} */
                status: "dikirim" | "diterima" | "ditolak";
                tanggal_efektif: string;
            }[];
            pelaku: string;
            wilayah: string;
        };
        CardBatchDetail: {
            dibuat: string;
            dicetak: number;
            diminta: number;
            diserahkan: number;
            id: number;
            jumlah: number;
            kartu: (components["schemas"]["Card"] & unknown)[];
            pelaku: string;
            pendaftaran_id: number | null;
            wilayah: string;
        };
        ClaimList: {
            items: components["schemas"]["ClaimSummary"][];
            total: number;
            page: number;
            limit: number;
        };
        Health: {
            database: string;
            status: string;
            tanggal_tetap: string | null;
            today: string;
        };
        ImportDetail: {
            accepted: number;
            created: number;
            duplicates: number;
            errors: components["schemas"]["RowError"][];
            format: string;
            id: number;
            nama_berkas: string;
            pelaku: string;
            rejected: number;
            rows: number;
            ukuran: number;
            unchanged: number;
            updated: number;
            waktu: string;
            warnings: components["schemas"]["RowError"][];
            wilayah: string;
        };
        InvoiceDetail: {
            alasan_batal: string;
            baris: number;
            bulan: {
                baris: number;
                bulan: string;
                dibayar: number;
                total: number;
            }[];
            dari: string;
            dibayar: number;
            dibuat: string;
            id: number;
            lebih_bayar: {
                bulan: number;
                jumlah: number;
                teks: string;
            };
            nomor: string;
            pekerja: {
                items: {
                    bulan: {
                        bulan: string;
                        dibayar: number;
                        iuran: number;
                        /** @description Dibayar untuk bulan yang tidak lagi diizinkan jawaban BPJS (dikembalikan atau diperhitungkan) */
                        lebih_bayar?: number;
                    }[];
                    bulan_teks: string;
                    dibayar: number;
                    jumlah: number;
                    jumlah_bulan: number;
                    kpj: string;
                    lebih_bayar: number;
                    nama: string;
                    nik: string;
                    pekerja_id: number;
                }[];
                limit: number;
                offset: number;
                total: number;
            };
            pelaku: string;
            pembayaran: components["schemas"]["Payment"][];
            sampai: string;
            sisa: number;
            status: components["schemas"]["InvoiceStatus"];
            sumber_dana: string;
            sumber_dana_nama: string;
            tahun: number;
            total: number;
            total_teks: string;
        };
        JakonQuote: {
            basis: number;
            jkk: number;
            jkm: number;
            ppn_included: boolean;
            ppn_percent: number;
            rounding: string;
            source: string;
            tiers: {
                from: number;
                jkk: number;
                jkk_basis_points: number;
                jkk_rate: string;
                jkm: number;
                jkm_basis_points: number;
                jkm_rate: string;
                slice: number;
                to: number;
                total: number;
            }[];
            total: number;
            total_teks: string;
            value: number;
            batas_daftar?: string | null;
        };
        HolidayYear: {
            dasar: string | null;
            items: (components["schemas"]["Holiday"] & unknown)[];
            lengkap: boolean;
            peringatan: components["schemas"]["CalendarWarning"][];
            tahun: number;
            total: number;
        };
        CalendarStatus: {
            hari_ini: string;
            peringatan: components["schemas"]["CalendarWarning"][];
            tahun: {
                dasar: string | null;
                hari: number;
                lengkap: boolean;
                tahun: number;
            }[];
        };
        NikInfo: {
            errors: components["schemas"]["CodedMessage"][];
            /**
             * @description L laki-laki, P perempuan, null tidak diketahui
             * @enum {string|null}
             */
            jenis_kelamin: "L" | "P" | null;
            kode_wilayah: string | null;
            nama_wilayah: string | null;
            nik: string;
            nomor_urut: string | null;
            tanggal_lahir: string | null;
            valid: boolean;
            warnings: string[];
        };
        Premium: {
            bracket: number;
            jht: number;
            jkk: number;
            jkm: number;
            months: number;
            per_worker_month: number;
            per_worker_total: number;
            source: string;
            total: number;
            total_teks: string;
            warnings: string[];
            workers: number;
        };
        AuditHead: {
            entries: number;
            hash: string;
            last_id: number;
            tanggal: string;
            waktu: string;
        };
        RegionTree: {
            regions: components["schemas"]["RegionNode"][];
        };
        RtList: {
            items: {
                kode: string;
                nama_ketua: string;
                nomor: number;
            }[];
            kelurahan: string;
        };
        ArrearsReport: {
            berakhir: number;
            rts: components["schemas"]["ArrearsRt"][];
            sumber_dana: string;
            tahun: number;
            tunggakan: number;
            wilayah: string;
        };
        BudgetReport: {
            rows: {
                kuota: number;
                pagu: number;
                pekerja: number;
                persen_terpakai: number;
                sisa: number;
                sumber_dana: string;
                tahun: number;
                terpakai: number;
            }[];
            tahun: number;
        };
        ClaimsReport: {
            beasiswa_jatuh_tempo: components["schemas"]["ScholarshipsDue"];
            dari: string;
            rows: {
                beasiswa_dibayar: number;
                dibayar: number;
                dibuka: number;
                ditolak: number;
                jumlah_dibayar: number;
                kode: string;
                nama: string;
                tertunda: number;
            }[];
            sampai: string;
            total: {
                beasiswa_dibayar: number;
                dibayar: number;
                dibuka: number;
                ditolak: number;
                jumlah_dibayar: number;
                tertunda: number;
            };
        };
        CoverageTrend: {
            kode: string;
            nama: string;
            peserta_lain: number | null;
            potensi: number | null;
            rows: {
                bulan: string;
                coverage_pct: number | null;
                dialokasikan: number;
                lunas: number;
            }[];
        };
        FundingReport: {
            rows: {
                dialokasikan: number;
                dibayar: number;
                ditagih: number;
                jenis: string;
                kuota: number;
                nama: string;
                pagu: number;
                pekerja: number;
                persen_kuota: number;
                persen_pagu: number;
                sisa: number;
                sumber_dana: string;
            }[];
            tahun: number;
        };
        InvoicesReport: {
            lebih_bayar: {
                bulan: number;
                items: unknown[];
                jumlah: number;
                teks: string;
            };
            pembayaran: components["schemas"]["Payment"][];
            tagihan: {
                alasan_batal: string;
                baris: number;
                dari: string;
                dibayar: number;
                dibuat: string;
                id: number;
                lebih_bayar: number;
                nomor: string;
                pelaku: string;
                sampai: string;
                sisa: number;
                status: components["schemas"]["InvoiceStatus"];
                sumber_dana: string;
                tahun: number;
                total: number;
                total_teks: string;
            }[];
            tahun: number;
        };
        ComplianceReport: {
            bermasalah: components["schemas"]["ProjectSummary"][];
            per_kelurahan: components["schemas"]["ComplianceRow"][];
            per_rt: components["schemas"]["ComplianceRow"][];
            tanggal: string;
            total: components["schemas"]["ComplianceRow"];
            wilayah: string;
        };
        RtFund: {
            dana_tahunan: number;
            dasar: string | null;
            iuran_tahun_ini: number;
            kalkulator?: {
                dasar: string | null;
                months: number;
                per_worker_month: number;
                persen_dana: number;
                total: number;
                total_teks: string;
                workers: number;
            };
            kode_rt: string;
            pekerja_didanai: number;
            persen_terpakai: number;
            sisa: number;
            sumber_dana: string;
            tahun: number;
        };
        ScholarshipsDue: {
            items: components["schemas"]["ScholarshipDue"][];
            tahun_ajaran: string;
            total: number;
        };
        CekPerlindungan: {
            inisial: string;
            /** @enum {string} */
            status: "terlindungi" | "dalam_proses" | "tidak_terlindungi";
            status_label: string;
            /** Format: date */
            terlindungi_sampai: string | null;
            /** @enum {string} */
            pembiayaan: "belum_ada" | "apbd_kota" | "apbd_provinsi" | "dana_kampung_bahagia" | "mandiri" | "donatur";
            pembiayaan_label: string;
            /** @enum {string} */
            kartu: "belum_ada" | "diminta" | "dicetak" | "diserahkan";
            kartu_label: string;
            tempat_ambil: string | null;
            manfaat: {
                kode: string;
                label: string;
                teks: string;
                /** @description Rupiah; 0 when the benefit has no ceiling (medical care) */
                jumlah: number;
                rincian: {
                    label: string;
                    jumlah: number;
                }[];
                dasar_hukum: string;
            }[];
            langkah: {
                /** @enum {string} */
                kode: "kecelakaan" | "meninggal";
                label: string;
                hubungi: {
                    teks: string;
                }[];
                dokumen: {
                    kode: string;
                    label: string;
                    wajib: boolean;
                }[];
                keterangan: string;
            }[];
        };
        GetVerifikasiByToken404: {
            ditemukan: boolean;
            status: string;
        };
        PublicCard: {
            aktif: boolean;
            diganti: boolean;
            ditemukan: boolean;
            inisial: string;
            sampai: string | null;
            status: string;
        };
        WorkerExport: {
            dasar_hukum: string;
            pekerja: components["schemas"]["WorkerRecord"];
            riwayat: {
                aksi: string;
                pelaku: string;
                /** @description field: [old, new] as the audit log holds them (text, numbers, true/false, null, heirs) */
                perubahan: {
                    [key: string]: (Record<string, never> | unknown[] | string | number | boolean | null)[];
                };
                waktu: string;
            }[];
        };
        Ledger: {
            months: {
                bulan: string;
                dibayar: number;
                iuran: number;
                status: string;
                sumber_dana: string;
                keterangan?: string;
            }[];
            pekerja_id: number | null;
            cover?: {
                alasan: string;
                status: string;
                tanggal: string;
            };
        };
        VerificationList: {
            items: {
                alasan: string;
                id: number;
                keputusan: string;
                oleh: string;
                pekerja_id: number | null;
                waktu: string;
            }[];
            total: number;
            page: number;
            limit: number;
        };
        Heir: {
            hubungan: string;
            hubungan_label: string;
            id: number;
            nama: string;
            nik: string;
            tanggal_lahir: string | null;
        };
        ImportSummary: {
            accepted: number;
            created: number;
            duplicates: number;
            format: string;
            id: number;
            nama_berkas: string;
            pelaku: string;
            rejected: number;
            rows: number;
            ukuran: number;
            unchanged: number;
            updated: number;
            waktu: string;
            warnings: number;
            wilayah: string;
        };
        /**
         * @description terbit, dibayar sebagian, lunas, batal
         * @enum {string}
         */
        InvoiceStatus: "terbit" | "sebagian" | "lunas" | "batal";
        Invoice: {
            alasan_batal: string;
            baris: number;
            dari: string;
            dibayar: number;
            dibuat: string;
            id: number;
            nomor: string;
            pelaku: string;
            sampai: string;
            sisa: number;
            status: components["schemas"]["InvoiceStatus"];
            sumber_dana: string;
            tahun: number;
            total: number;
            total_teks: string;
        };
        /** @description Yang dibantah NIK dalam data (issue 17 item 2), dalam kata-kata: `pesan` untuk layar */
        NikWarning: {
            kode: string;
            kolom: string;
            pesan: string;
        };
        OtpStatus: {
            aktif: boolean;
            sisa_kode_pemulihan: number;
            wajib: boolean;
        };
        /** @description Aturan program satu kabupaten/kota yang berlaku mulai suatu tanggal (issue 22 item 4). */
        ProgrammeRuleSet: {
            wilayah: string;
            berlaku_mulai: string;
            usia_min: number;
            usia_maks: number;
            batas_penghasilan: number;
            dana_rt: boolean;
            dana_rt_per_tahun: number;
            prioritas_dana: ("apbd_kota" | "apbd_provinsi" | "dana_kampung_bahagia" | "donatur" | "mandiri")[];
            prioritas_dana_label: string[];
            dasar_hukum: string;
            bawaan: boolean;
        };
        ProgrammeRuleRow: components["schemas"]["ProgrammeRuleSet"] & {
            diubah_oleh: string;
            diubah: string;
        };
        ProgrammeRules: {
            wilayah: string;
            nama_wilayah: string;
            tanggal: string;
            berlaku: components["schemas"]["ProgrammeRuleSet"];
            riwayat: components["schemas"]["ProgrammeRuleRow"][];
            dapat_diubah: boolean;
        };
        AllocationResult: {
            accepted: number;
            items: components["schemas"]["AllocationItem"][];
            rejected: number;
        };
        BulkAllocation: {
            accepted: number;
            dipilih: number;
            items: components["schemas"]["AllocationItem"][];
            rejected: number;
        };
        OtpSetup: {
            rahasia: string;
            uri: string;
        };
        BpjsActiveImport: {
            accepted: number;
            errors: unknown[];
            id: number;
            matched: number;
            nama_berkas: string;
            pelaku: string;
            rejected: number;
            rows: number;
            unknown_columns: string[];
            waktu: string;
        };
        BpjsBatchCreated: {
            dibuat: string;
            /** @description Pekerja yang tidak dimasukkan ke batch, dengan alasannya */
            dilewati: {
                pekerja_id: number;
                nama: string;
                code: string;
                message: string;
            }[];
            diterima: number;
            ditolak: number;
            id: number;
            jumlah: number;
            menunggu: number;
            pelaku: string;
            wilayah: string;
        };
        BpjsResponseResult: {
            accepted: number;
            baris: {
                alasan: string;
                /** @enum {string} */
                hasil: "diterima" | "ditolak" | "tidak_berubah" | "galat";
                kpj: string;
                nama: string;
                nik: string;
                pekerja_id: number | null;
                row: number;
                tanggal_efektif: string;
            }[];
            dry_run: boolean;
            errors: components["schemas"]["RowError"][];
            invalid: number;
            pendaftaran_id: number | null;
            rejected: number;
            rows: number;
            saved: boolean;
            unchanged: number;
            unknown_columns: string[];
        };
        CardRequestResult: {
            accepted: number;
            batch: components["schemas"]["CardBatchSummary"];
            items: {
                kartu_id: number | null;
                masalah: components["schemas"]["GalatKolom"][];
                nama: string;
                ok: boolean;
                pekerja_id: number | null;
            }[];
            rejected: number;
        };
        CardsHandedOver: {
            diserahkan: number;
        };
        Card: {
            batch_id: number;
            dicetak: components["schemas"]["Stamp"];
            diminta: components["schemas"]["Stamp"];
            diserahkan: components["schemas"]["Stamp"];
            id: number;
            kpj?: string;
            nama?: string;
            nik?: string;
            pekerja_id: number;
            /** @enum {string} */
            status: "diminta" | "dicetak" | "diserahkan";
        };
        DuplicateScan: {
            added: number;
            compared: number;
            found: number;
        };
        Funder: {
            aktif: boolean;
            jenis: string;
            kode: string;
            nama: string;
            pekerjaan: string[];
            wilayah: string;
        };
        ImportResult: {
            accepted: number;
            clean: number;
            created: number;
            dry_run: boolean;
            duplicates: number;
            errors: components["schemas"]["RowError"][];
            file: string;
            flagged: number;
            format: string;
            import_id: number | null;
            items?: {
                action: string;
                changed: string[];
                duplicate_of: string[];
                nama: string;
                nik: string;
                pending: string[];
                pending_change_id: number | null;
                peringatan_nik: boolean;
                row: number;
                worker_id: number | null;
            }[];
            message: string;
            pending_changes: number;
            rejected: number;
            rows: number;
            saved: boolean;
            timing_ms: {
                dedup: number;
                read_check: number;
                write: number;
            };
            unchanged: number;
            unknown_columns: string[];
            updated: number;
            warnings: components["schemas"]["RowError"][];
        };
        PaymentOutcome: {
            baris: number;
            baru: boolean;
            pembayaran: components["schemas"]["Payment"];
            tagihan: components["schemas"]["Invoice"];
        };
        NewRt: {
            kode: string;
            kode_kelurahan: string;
            nama_ketua: string;
            nomor: number;
        };
        Renewal: {
            accepted: number;
            items: components["schemas"]["AllocationItem"][];
            rejected: number;
            sumber_dana: string;
            tahun: number;
            /** @description Pekerja yang harus diverifikasi ulang sebelum diperpanjang, dengan masalahnya. */
            verifikasi_ulang: {
                pekerja_id: number;
                nama: string;
                masalah: components["schemas"]["GalatKolom"][];
            }[];
        };
        ScholarshipPaid: {
            anak_id: number;
            dibayar_pada: string;
            id: number;
            jumlah: number;
            referensi: string;
            tahun_ajaran: string;
        };
        EnrolmentRecorded: {
            anak_id: number;
            bukti: string;
            dasar: string | null;
            id: number;
            jenjang: string | null;
            jumlah: number;
            jumlah_teks: string;
            tahun_ajaran: string;
        };
        UserAccount: {
            aktif: boolean;
            area: string;
            area_nama: string;
            id: number;
            kohort: string;
            nama: string;
            permissions: string[];
            role: string;
            username: string;
        };
        BulkDecision: {
            failed: number;
            ok: number;
            results: {
                ok: boolean;
                pekerja_id: number;
                status: string;
                error?: components["schemas"]["CodedMessage"];
            }[];
        };
        PendingChange: {
            alasan: string;
            diajukan_oleh: string;
            diajukan_pada: string;
            diputus_oleh: string;
            diputus_pada: string;
            id: number;
            nama_pekerja: string;
            nama_wilayah: {
                [key: string]: unknown;
            };
            pekerja_id: number | null;
            perubahan: {
                [key: string]: ({
                    hubungan: string;
                    nama: string;
                    nik: string;
                    tanggal_lahir: string | null;
                }[] | string | number)[];
            };
            status: string;
            wilayah: string;
        };
        Project: {
            dasar_iuran: string;
            dibuat: string;
            dibuat_oleh: string;
            diubah: string;
            id: number;
            iuran: number;
            /** @enum {string} */
            jenis: "swakelola" | "kontrak";
            jumlah_bayar: number;
            jumlah_pekerja: number;
            kepatuhan: components["schemas"]["ProjectCompliance"];
            kode_kelurahan: string;
            kode_rt: string;
            nama: string;
            nilai: number;
            nomor_sertifikat: string;
            pekerja: components["schemas"]["ProjectWorker"][];
            pelaksana: string;
            ppn_persen: number;
            ppn_termasuk: boolean;
            rencana_mulai: string | null;
            rencana_selesai: string | null;
            rt: number;
            /** @enum {string} */
            status: "direncanakan" | "bersertifikat" | "dimulai" | "selesai";
            sumber_aturan: string;
            tanggal_aturan: string | null;
            tanggal_bayar: string | null;
            tanggal_mulai: string | null;
            tanggal_selesai: string | null;
            tanggal_spk: string | null;
            upah_bulanan: number;
            versi: number;
        };
        ProjectCompliance: {
            batas_daftar: string | null;
            mulai_tanpa_perlindungan: boolean;
            patuh: boolean;
            sisa_hari_kerja: number;
            tanpa_sertifikat: boolean;
            terlambat: boolean;
        };
        ProjectSummary: {
            dasar_iuran: string;
            dibuat: string;
            dibuat_oleh: string;
            diubah: string;
            id: number;
            iuran: number;
            jenis: string;
            jumlah_bayar: number;
            jumlah_pekerja: number;
            kepatuhan: components["schemas"]["ProjectCompliance"];
            kode_kelurahan: string;
            kode_rt: string;
            nama: string;
            nilai: number;
            nomor_sertifikat: string;
            pekerja: unknown[];
            pelaksana: string;
            ppn_persen: number;
            ppn_termasuk: boolean;
            rencana_mulai: string | null;
            rencana_selesai: string | null;
            rt: number;
            status: string;
            sumber_aturan: string;
            tanggal_aturan: string | null;
            tanggal_bayar: string | null;
            tanggal_mulai: string | null;
            tanggal_selesai: string | null;
            tanggal_spk: string | null;
            upah_bulanan: number;
            versi: number;
        };
        ProjectWorker: {
            id: number;
            nama: string;
            nik: string;
            pekerja_id: number | null;
            peran: string;
        };
        PublicCoverage: {
            level: string;
            rows: components["schemas"]["AreaFigures"][];
            tanggal: string;
            total: components["schemas"]["AreaFigures"];
            peta?: string | null;
            /** @description how nilai_perlindungan is computed, in words, with the regulations */
            nilai_perlindungan_dasar: string;
        };
        FunnelReason: {
            kode: string;
            label: string;
            jumlah: number;
        };
        FunnelStep: {
            /** @enum {string} */
            kode: "potensi" | "belum_terlindungi" | "terdata" | "diverifikasi" | "didanai" | "aktif" | "kartu_diserahkan";
            label: string;
            jumlah: number | null;
            turun: number;
            alasan: components["schemas"]["FunnelReason"][];
        };
        FunnelArea: {
            kode: string;
            nama: string;
            tahapan: components["schemas"]["FunnelStep"][];
        };
        FunnelReport: {
            level: string;
            kategori: string | null;
            tanggal: string;
            wilayah: components["schemas"]["FunnelArea"];
            rows: components["schemas"]["FunnelArea"][];
        };
        /** @description Rencana anggaran menuju target cakupan (issue 22 item 2); rupiah bilangan bulat. */
        Rencana: {
            tanggal: string;
            tahun: number;
            wilayah: {
                kode: string;
                nama: string;
            };
            target: {
                /** @enum {string} */
                jenis: "persen" | "semua_terdata";
                persen: number | null;
                jumlah: number;
            };
            potensi: number | null;
            peserta_lain: number;
            tercakup_sekarang: number;
            terdata_belum_tercakup: number;
            tidak_memenuhi_syarat: {
                kode: string;
                label: string;
                jumlah: number;
            }[];
            pekerja_baru: number;
            pekerja_baru_terdata: number;
            pekerja_belum_terdata: number;
            mulai: components["schemas"]["RencanaBulan"];
            iuran_per_bulan: number;
            total_iuran: number;
            per_sumber_dana: {
                sumber_dana: string;
                nama: string;
                jenis: string | null;
                pekerja: number;
                pekerja_lanjutan: number;
                pekerja_baru: number;
                pekerja_belum_terdata: number;
                iuran: number;
                bulanan: number[];
                anggaran: number;
                kekurangan: number;
            }[];
            per_bulan: {
                bulan: string;
                label: string;
                tercakup: number;
                cakupan: number | null;
                iuran: number;
            }[];
            skenario: {
                tambah_anggaran: {
                    [key: string]: number;
                };
                pindah_provinsi: string[];
                dana_rt: number | null;
            };
            peringkat_rt: {
                kode_rt: string;
                /** @description RT dalam kata-kata, "RT 001, Kelurahan Simpang IV Sipin" */
                nama: string;
                belum_tercakup: number;
                direncanakan: number;
                pekerja: {
                    id: number;
                    peringkat: number;
                    nama: string;
                    pekerjaan: string;
                    pekerjaan_label: string;
                    penghasilan: number;
                    tanggungan: number;
                    skor: number;
                    skor_rincian: {
                        pekerjaan: number;
                        penghasilan: number;
                        tanggungan: number;
                    };
                    direncanakan: boolean;
                    mulai: components["schemas"]["RencanaBulan"] | null;
                    sumber_dana: string;
                }[];
            }[];
        };
        RencanaBulan: {
            bulan: string;
            label: string;
        };
        /** @description Satu hari libur nasional atau cuti bersama; daftar setahun menyertakan siapa dan kapan terakhir mengubahnya. */
        Holiday: {
            dasar: string | null;
            diubah?: string;
            diubah_oleh?: string;
            /** @enum {string} */
            jenis: "libur_nasional" | "cuti_bersama";
            jenis_label: string;
            nama: string;
            tanggal: string;
            tanggal_teks: string;
        };
        HolidayYearSet: {
            dasar: string | null;
            lengkap: boolean;
            tahun: number;
        };
        RecoveryCodes: {
            kode_pemulihan: string[];
        };
        RegionNode: {
            coverage_pct: number | null;
            covered: number;
            covered_other: number;
            kode: string;
            nama: string;
            potential: number;
            tingkat: string;
            verified: number;
            workers: number;
            nilai_perlindungan: number;
            peta?: string | null;
            children: components["schemas"]["RegionNode"][];
        };
        SessionDoc: {
            csrf_token: string;
            otp: components["schemas"]["OtpStatus"];
            sesi_terbatas: boolean;
            user: components["schemas"]["User"];
        };
        User: {
            aktif: boolean;
            area: string;
            area_nama: string;
            id: number;
            kohort: string;
            nama: string;
            permissions: ("view_workers" | "view_full_nik" | "record_workers" | "verify_workers" | "manage_funding" | "manage_bpjs" | "manage_claims" | "manage_projects" | "manage_users" | "view_reports" | "view_audit" | "view_projects" | "send_bpjs_batches" | "manage_cards" | "decide_claims" | "manage_holidays" | "manage_messages" | "manage_programme_rules" | "end_rt_sessions")[];
            /**
             * @description Peran pengguna
             * @enum {string}
             */
            role: "ketua_rt" | "operator_kelurahan" | "operator_kecamatan" | "admin_kota" | "petugas_bpjs" | "pemprov" | "auditor";
            username: string;
        };
        Worker: {
            ahli_waris: components["schemas"]["Heir"][];
            alamat: string;
            alasan: string;
            dibuat: string;
            diperbarui: string;
            id: number;
            /**
             * @description L laki-laki, P perempuan, null tidak diketahui
             * @enum {string|null}
             */
            jenis_kelamin: "L" | "P" | null;
            kategori: string;
            kategori_label: string;
            kecamatan: string;
            kelurahan: string;
            kode_kelurahan: string;
            kode_rt: string;
            kpj: string;
            nama: string;
            nik: string;
            no_hp: string;
            pekerjaan: string;
            pekerjaan_label: string;
            penghasilan: number;
            penghasilan_teks: string;
            peringatan: components["schemas"]["NikWarning"][];
            persetujuan: boolean;
            setuju_pesan: boolean;
            rt: number;
            status: string;
            status_label: string;
            sumber_dana: string;
            tanggal_lahir: string | null;
            versi: number;
            perubahan_tertunda?: {
                id: number;
                pesan: string;
                status: string;
            };
        };
        WorkerSummary: {
            id: number;
            /**
             * @description L laki-laki, P perempuan, null tidak diketahui
             * @enum {string|null}
             */
            jenis_kelamin: "L" | "P" | null;
            kategori: string;
            kelurahan: string;
            kode_kelurahan: string;
            kode_rt: string;
            nama: string;
            nik: string;
            pekerjaan: string;
            pekerjaan_label: string;
            peringatan: components["schemas"]["NikWarning"][];
            rt: number;
            status: string;
            status_label: string;
            sumber_dana: string;
            tanggal_lahir: string | null;
        };
    };
    responses: {
        /** @description Galat (bentuk yang sama untuk setiap status 4xx dan 5xx) */
        Galat: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Galat"];
            };
        };
        /** @description Belum masuk atau sesi berakhir */
        BelumMasuk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Galat"];
            };
        };
        /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
        Ditolak: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Galat"];
            };
        };
    };
    parameters: {
        /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAudit: {
        parameters: {
            query?: {
                entitas?: string;
                entitas_id?: number;
                /** @description Banyak baris per halaman */
                limit?: number;
                /** @description Nomor halaman, mulai 1 */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: unknown;
                    };
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getAuditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditCheck"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getPublicAuditHead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditHead"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    username: string;
                    kode_otp?: string;
                    kode_pemulihan?: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDoc"];
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Isi permintaan terlalu besar */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Terlalu banyak percobaan */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDoc"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Tidak dibaca: kosong atau {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Berhasil, tanpa isi */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    postAuthOtpMulai: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Tidak dibaca: kosong atau {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OtpSetup"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postAuthOtpKonfirmasi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kode_otp: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postAuthOtpKodePemulihan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kode_otp: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password_baru: string;
                    password_lama: string;
                };
            };
        };
        responses: {
            /** @description Berhasil, tanpa isi */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getUsers: {
        parameters: {
            query?: {
                /** @description Banyak baris per halaman (1-500, bawaan 50) */
                limit?: number;
                /** @description Nomor halaman, mulai 1 */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: unknown;
                    };
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    area?: string;
                    nama: string;
                    password: string;
                    role: string;
                    username: string;
                    kohort?: string;
                };
            };
        };
        responses: {
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccount"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postUsersByIdResetOtp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description Tidak dibaca: kosong atau {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Berhasil, tanpa isi */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    putUsersByIdAktif: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    aktif: boolean;
                };
            };
        };
        responses: {
            /** @description Berhasil, tanpa isi */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getUsersSesiRt: {
        parameters: {
            query?: {
                /** @description Banyak baris per halaman */
                limit?: number;
                /** @description Nomor halaman, mulai 1 */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: unknown;
                    };
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    deleteUsersByIdSesi: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        diakhiri: number;
                    };
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postAllocationsBulk: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    aturan?: {
                        wilayah: string;
                        pekerjaan?: string;
                    };
                    bulan?: number;
                    mulai: string;
                    sumber_dana: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkAllocation"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getInvoices: {
        parameters: {
            query?: {
                /** @description Banyak baris per halaman (1-500, bawaan 50) */
                limit?: number;
                /** @description Nomor halaman, mulai 1 */
                page?: number;
                /** @description Kode sumber dana */
                sumber_dana?: string;
                /** @description Tahun (YYYY) */
                tahun?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: unknown;
                    };
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postInvoices: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dari: string;
                    sampai: string;
                    sumber_dana: string;
                };
            };
        };
        responses: {
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getInvoicesById: {
        parameters: {
            query?: {
                /** @description Bentuk jawaban: json (bawaan), xlsx atau pdf */
                format?: string;
                /** @description Banyak baris per halaman */
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDetail"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/pdf": string;
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            403: components["responses"]["Ditolak"];
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postInvoicesByIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    alasan: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postInvoicesByIdPayments: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentInput"];
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentOutcome"];
                };
            };
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentOutcome"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getArrears: {
        parameters: {
            query?: {
                /** @description Bentuk jawaban: json (bawaan), xlsx atau pdf */
                format?: string;
                /** @description Kode sumber dana */
                sumber_dana?: string;
                /** @description Tahun (YYYY) */
                tahun?: string;
                /** @description Kode wilayah (kab/kota, kecamatan, kelurahan atau RT) */
                wilayah?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Arrears"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/pdf": string;
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postRenewals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sumber_dana: string;
                    tahun: number;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Renewal"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getRtsByKodeDana: {
        parameters: {
            query?: {
                months?: number;
                /** @description Tahun (YYYY) */
                tahun?: string;
                workers?: number;
            };
            header?: never;
            path: {
                kode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RtFund"];
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getReportsFunding: {
        parameters: {
            query?: {
                /** @description Bentuk jawaban: json (bawaan), xlsx atau pdf */
                format?: string;
                /** @description Tahun (YYYY) */
                tahun?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/pdf": string;
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    getReportsInvoices: {
        parameters: {
            query?: {
                /** @description Bentuk jawaban: json (bawaan), xlsx atau pdf */
                format?: string;
                /** @description Kode sumber dana */
                sumber_dana?: string;
                /** @description Tahun (YYYY) */
                tahun?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/json": components["schemas"]["InvoicesReport"];
                    "application/pdf": string;
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    getReportsArrears: {
        parameters: {
            query?: {
                /** @description Bentuk jawaban: json (bawaan), xlsx atau pdf */
                format?: string;
                /** @description Kode sumber dana */
                sumber_dana?: string;
                /** @description Tahun (YYYY) */
                tahun?: string;
                /** @description Kode wilayah (kab/kota, kecamatan, kelurahan atau RT) */
                wilayah?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrearsReport"];
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getBpjsBatches: {
        parameters: {
            query?: {
                /** @description Banyak baris per halaman */
                limit?: number;
                /** @description Nomor halaman, mulai 1 */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: unknown;
                    };
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postBpjsBatches: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Boleh kosong: setiap kolom opsional */
        requestBody?: {
            content: {
                "application/json": {
                    pekerja?: number[];
                    kirim_ulang?: boolean;
                    wilayah?: string;
                };
            };
        };
        responses: {
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BpjsBatchCreated"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getBpjsBatchesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BpjsBatchDetail"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getBpjsBatchesByIdFile: {
        parameters: {
            query?: {
                /** @description Bentuk jawaban: json (bawaan), xlsx atau pdf */
                format?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postBpjsBatchesByIdResponse: {
        parameters: {
            query?: {
                /** @description 1: periksa saja, tidak ada yang disimpan */
                dry_run?: number;
                /** @description Nama berkas yang diunggah (disimpan di riwayat) */
                nama_berkas?: string;
            };
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description Berkas jawaban BPJS apa adanya (CSV atau XLSX); nama berkas di ?nama_berkas= */
        requestBody: {
            content: {
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BpjsResponseResult"];
                };
            };
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BpjsResponseResult"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postCards: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Boleh kosong: setiap kolom opsional */
        requestBody?: {
            content: {
                "application/json": {
                    pekerja?: number[];
                    pendaftaran?: number;
                };
            };
        };
        responses: {
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardRequestResult"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getCardsBatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: unknown;
                    };
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getCardsBatchesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardBatchDetail"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postCardsBatchesByIdPrint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description Tidak dibaca: kosong atau {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postCardsBatchesByIdHandover: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description Tidak dibaca: kosong atau {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardsHandedOver"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postCardsByIdHandover: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description Tidak dibaca: kosong atau {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Card"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getWorkersByIdCards: {
        parameters: {
            query?: {
                /** @description Banyak baris per halaman (1-500, bawaan 50) */
                limit?: number;
                /** @description Nomor halaman, mulai 1 */
                page?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: unknown;
                    };
                };
            };
            401: components["responses"]["BelumMasuk"];
            403: components["responses"]["Ditolak"];
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getVerifikasiByToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCard"];
                };
            };
            /** @description Jawaban */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetVerifikasiByToken404"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getVByToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Jawaban */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getMessages: {
        parameters: {
            query?: {
                status?: "antre" | "terkirim" | "gagal";
                templat?: string;
                pekerja_id?: number;
                wilayah?: string;
                /** @description Banyak baris per halaman */
                limit?: number;
                /** @description Nomor halaman, mulai 1 */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: unknown;
                    };
                };
            };
            401: components["responses"]["BelumMasuk"];
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    postMessageRetry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description Tidak dibaca: kosong atau {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    getMessageTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MessageTemplate"][];
                    };
                };
            };
            401: components["responses"]["BelumMasuk"];
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    putMessageTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                kode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isi: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageTemplate"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    postMessageTemplatePreview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                kode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isi: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kode: string;
                        isi: string;
                        masalah: components["schemas"]["FieldProblem"][];
                    };
                };
            };
            401: components["responses"]["BelumMasuk"];
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    putWorkerMessageConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    setuju: boolean;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        setuju_pesan: boolean;
                        versi: number;
                    };
                };
            };
            401: components["responses"]["BelumMasuk"];
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    getLibur: {
        parameters: {
            query?: {
                /** @description Tahun (YYYY) */
                tahun?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayYear"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    getLiburStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarStatus"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    putLiburByTanggal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                tanggal: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dasar: string | null;
                    jenis?: string;
                    nama: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Holiday"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    deleteLiburByTanggal: {
        parameters: {
            query?: {
                dasar?: string;
            };
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                tanggal: string;
            };
            cookie?: never;
        };
        /** @description Dasar penghapusan di sini atau di ?dasar= (klien yang tidak mengirim isi dengan DELETE); salah satunya wajib */
        requestBody?: {
            content: {
                "application/json": {
                    dasar?: string | null;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayRemoved"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    putLiburTahunByTahun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                tahun: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dasar: string | null;
                    lengkap: boolean;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayYearSet"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getAturan: {
        parameters: {
            query?: {
                /** @description Kode wilayah (kab/kota atau wilayah di dalamnya); bawaan wilayah akun */
                wilayah?: string;
                /** @description Tanggal (YYYY-MM-DD); bawaan hari ini */
                tanggal?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeRules"];
                };
            };
            /** @description Kode wilayah tidak valid atau bukan kabupaten/kota */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Wilayah lain */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Kabupaten/kota tidak dilayani aplikasi ini */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    putAturanByWilayah: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                wilayah: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    berlaku_mulai: string;
                    usia_min: number;
                    usia_maks: number;
                    batas_penghasilan: number | string;
                    dana_rt: boolean;
                    dana_rt_per_tahun?: number | string | null;
                    prioritas_dana: string[];
                    dasar_hukum: string;
                };
            };
        };
        responses: {
            /** @description Berhasil; baris yang disimpan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeRuleRow"];
                };
            };
            /** @description Isi permintaan bukan objek JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Bukan admin kab/kota ini */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Kabupaten/kota tidak dilayani aplikasi ini */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getClaims: {
        parameters: {
            query?: {
                /** @description Banyak baris per halaman (1-500, bawaan 50) */
                limit?: number;
                /** @description Nomor halaman, mulai 1 */
                page?: number;
                pekerja_id?: number;
                /** @description Saring menurut status */
                status?: string;
                /** @description Kode wilayah (kab/kota, kecamatan, kelurahan atau RT) */
                wilayah?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimList"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postClaims: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    jenis: string;
                    pekerja_id: number | null;
                    tanggal: string;
                    kecelakaan_kerja?: boolean;
                    tempat?: string;
                    uraian?: string;
                    akibat?: string;
                    bagian_tubuh?: string;
                    bulan_stmb?: number;
                    persen?: number;
                    persen_fungsi?: number;
                };
            };
        };
        responses: {
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getClaimsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            403: components["responses"]["Ditolak"];
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postClaimsByIdCover: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionInput"];
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getClaimsByIdDocumentsByDokumen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                dokumen: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            401: components["responses"]["BelumMasuk"];
            403: components["responses"]["Ditolak"];
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postClaimsByIdDocumentsByDokumen: {
        parameters: {
            query?: {
                /** @description Nama berkas yang diunggah (disimpan di riwayat) */
                nama_berkas?: string;
            };
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
                dokumen: string;
            };
            cookie?: never;
        };
        /** @description Dokumen apa adanya (PDF, JPEG atau PNG; jenisnya dikenali dari isinya); nama berkas di ?nama_berkas= */
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postClaimsByIdSubmit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description Tidak dibaca: kosong atau {} */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postClaimsByIdDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    keputusan: string;
                    jumlah?: number;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postClaimsByIdPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentInput"];
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getScholarshipsDue: {
        parameters: {
            query?: {
                /** @description Bentuk jawaban: json (bawaan), xlsx atau pdf */
                format?: string;
                /** @description Tahun (YYYY) */
                tahun?: string;
                /** @description Kode wilayah (kab/kota, kecamatan, kelurahan atau RT) */
                wilayah?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScholarshipsDue"];
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postScholarshipsByIdYears: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bukti: string;
                    jenjang: string | null;
                    tahun_ajaran?: number;
                    bekerja?: boolean;
                    pengecualian_3a?: boolean;
                    menikah?: boolean;
                };
            };
        };
        responses: {
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentRecorded"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postScholarshipYearsByIdPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    referensi: string;
                    tanggal: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScholarshipPaid"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getReportsClaims: {
        parameters: {
            query?: {
                dari?: string;
                /** @description Bentuk jawaban: json (bawaan), xlsx atau pdf */
                format?: string;
                sampai?: string;
                /** @description Kode wilayah (kab/kota, kecamatan, kelurahan atau RT) */
                wilayah?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimsReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/pdf": string;
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getFunders: {
        parameters: {
            query?: {
                /** @description Banyak baris per halaman (1-500, bawaan 50) */
                limit?: number;
                /** @description Nomor halaman, mulai 1 */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: unknown;
                    };
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    postFunders: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    jenis: string;
                    kode: string;
                    nama: string;
                    wilayah?: string;
                    pekerjaan?: string[];
                };
            };
        };
        responses: {
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Funder"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    putFundersByKodeBudgetByTahun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                kode: string;
                tahun: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    pagu: number;
                    kuota?: number;
                };
            };
        };
        responses: {
            /** @description Berhasil, tanpa isi */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postAllocations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bulan?: number;
                    mulai: string;
                    pekerja: number[];
                    sumber_dana: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationResult"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postAllocationsPrioritas: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bulan?: number;
                    mulai: string;
                    pekerja: number[];
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationResult"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getReportsBudget: {
        parameters: {
            query?: {
                /** @description Tahun (YYYY) */
                tahun?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetReport"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    getWorkersByIdLedger: {
        parameters: {
            query?: {
                tanggal?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ledger"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            403: components["responses"]["Ditolak"];
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getImportsTemplate: {
        parameters: {
            query?: {
                /** @description Bentuk jawaban: json (bawaan), xlsx atau pdf */
                format?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    getImports: {
        parameters: {
            query?: {
                /** @description Banyak baris per halaman */
                limit?: number;
                /** @description Nomor halaman, mulai 1 */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: unknown;
                    };
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postImports: {
        parameters: {
            query?: {
                baris?: number;
                /** @description 1: periksa saja, tidak ada yang disimpan */
                dry_run?: number;
                /** @description Bentuk jawaban: json (bawaan), xlsx atau pdf */
                format?: string;
                /** @description Nama berkas yang diunggah (disimpan di riwayat) */
                nama_berkas?: string;
            };
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Berkas template pekerja apa adanya (CSV atau XLSX), bukan multipart; nama berkas di ?nama_berkas= */
        requestBody: {
            content: {
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Server sibuk */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getImportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDetail"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getImportsByIdErrors: {
        parameters: {
            query?: {
                /** @description Bentuk jawaban: json (bawaan), xlsx atau pdf */
                format?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/json": components["schemas"]["Items"] & {
                        items?: unknown;
                    };
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getBpjsActiveMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BpjsActiveLatest"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postBpjsActiveMembers: {
        parameters: {
            query?: {
                /** @description Nama berkas yang diunggah (disimpan di riwayat) */
                nama_berkas?: string;
            };
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Berkas peserta aktif BPJS apa adanya (CSV atau XLSX); nama berkas di ?nama_berkas= */
        requestBody: {
            content: {
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BpjsActiveImport"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getBpjsActiveMembersMatches: {
        parameters: {
            query?: {
                /** @description Banyak baris per halaman */
                limit?: number;
                /** @description Kode wilayah (kab/kota, kecamatan, kelurahan atau RT) */
                wilayah?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: unknown;
                    };
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getDuplicates: {
        parameters: {
            query?: {
                /** @description Banyak baris per halaman */
                limit?: number;
                /** @description Nomor halaman, mulai 1 */
                page?: number;
                /** @description Saring menurut status */
                status?: string;
                /** @description Kode wilayah (kab/kota, kecamatan, kelurahan atau RT) */
                wilayah?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: unknown;
                    };
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getDuplicatesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Duplicate"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postDuplicatesByIdMerge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    pertahankan: number;
                    catatan?: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Duplicate"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postDuplicatesByIdDismiss: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description Boleh kosong: setiap kolom opsional */
        requestBody?: {
            content: {
                "application/json": {
                    catatan?: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Duplicate"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postDuplicatesScan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Boleh kosong: setiap kolom opsional */
        requestBody?: {
            content: {
                "application/json": {
                    wilayah?: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateScan"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getProjects: {
        parameters: {
            query?: {
                jenis?: string;
                kepatuhan?: "tanpa_sertifikat" | "terlambat" | "mulai_tanpa_perlindungan" | "patuh";
                /** @description Banyak baris per halaman */
                limit?: number;
                /** @description Nomor halaman, mulai 1 */
                page?: number;
                /** @description Awal NIK atau bagian nama */
                q?: string;
                /** @description Saring menurut status */
                status?: string;
                /** @description Kode wilayah (kab/kota, kecamatan, kelurahan atau RT) */
                wilayah?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: unknown;
                    };
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postProjects: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    jenis?: string;
                    kode_kelurahan: string;
                    nama: string;
                    /** @description Rupiah: angka, atau teks seperti 850.000.000 */
                    nilai: number | string;
                    rt: number;
                    tanggal_spk: string | null;
                    pelaksana?: string;
                    rencana_mulai?: string | null;
                    ppn_termasuk?: boolean;
                    rencana_selesai?: string | null;
                    /** @description Rupiah: angka, atau teks seperti 850.000.000 */
                    upah_bulanan?: number | string;
                    ppn_persen?: number;
                };
            };
        };
        responses: {
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getProjectsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    putProjectsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nama?: string;
                    versi: number;
                    /** @description Rupiah: angka, atau teks seperti 850.000.000 */
                    nilai?: number | string;
                    jenis?: string;
                    kode_kelurahan?: string;
                    rt?: number;
                    tanggal_spk?: string | null;
                    pelaksana?: string;
                    rencana_mulai?: string | null;
                    ppn_termasuk?: boolean;
                    ppn_persen?: number;
                    rencana_selesai?: string | null;
                    /** @description Rupiah: angka, atau teks seperti 850.000.000 */
                    upah_bulanan?: number | string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postProjectsByIdCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    jumlah_bayar: number;
                    nomor_sertifikat: string;
                    tanggal_bayar: string | null;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postProjectsByIdCertificateRevoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    alasan: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postProjectsByIdStart: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description Boleh kosong: setiap kolom opsional */
        requestBody?: {
            content: {
                "application/json": {
                    tanggal?: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postProjectsByIdFinish: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description Boleh kosong: setiap kolom opsional */
        requestBody?: {
            content: {
                "application/json": {
                    tanggal?: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postProjectsByIdWorkers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nama: string;
                    nik: string;
                    peran?: string;
                };
            };
        };
        responses: {
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    deleteProjectsByIdWorkersByWid: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
                wid: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getReportsProjects: {
        parameters: {
            query?: {
                /** @description Bentuk jawaban: json (bawaan), xlsx atau pdf */
                format?: string;
                /** @description Kode wilayah (kab/kota, kecamatan, kelurahan atau RT) */
                wilayah?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/json": components["schemas"]["ComplianceReport"];
                    "application/pdf": string;
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getRegionsByKodeRts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RtList"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postRegionsByKodeRts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                kode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nama_ketua?: string;
                    nomor: string | number;
                };
            };
        };
        responses: {
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewRt"];
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionTree"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    getReportsCoverage: {
        parameters: {
            query?: {
                /** @description Bentuk jawaban: json (bawaan), xlsx atau pdf */
                format?: string;
                /** @description Tingkat wilayah */
                level?: string;
                /** @description Kode wilayah (kab/kota, kecamatan, kelurahan atau RT) */
                wilayah?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageReport"];
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getReportsFunnel: {
        parameters: {
            query?: {
                level?: string;
                /** @description Kode wilayah (kab/kota, kecamatan, kelurahan atau RT) */
                wilayah?: string;
                /** @description Kategori pekerja (pekerja_rentan, petugas_keagamaan, ketua_rt); kosong untuk semua */
                kategori?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunnelReport"];
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getReportsRencana: {
        parameters: {
            query?: {
                /** @description Persen cakupan dari potensi pekerja (1-100, bawaan 100), atau semua (semua pekerja rentan yang terdata) */
                target?: string;
                /** @description Tahun anggaran (bawaan tahun depan) */
                tahun?: number;
                /** @description Kode wilayah (kab/kota, kecamatan, kelurahan atau RT) */
                wilayah?: string;
                /** @description Skenario: anggaran sumber dana dinaikkan, KODE:RUPIAH dipisah koma */
                tambah_anggaran?: string;
                /** @description Skenario: pekerjaan yang dipindah ke kohort provinsi, dipisah koma */
                pindah_provinsi?: string;
                /** @description Skenario: setiap RT punya dana Kampung Bahagia sebesar ini untuk iuran setahun */
                dana_rt?: number;
                /** @description Pekerja yang dicantumkan per RT dalam peringkat (0-100, bawaan 5; 0 hanya jumlahnya) */
                per_rt?: number;
                /** @description Bentuk jawaban: json (bawaan), xlsx atau pdf */
                format?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rencana"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/pdf": string;
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Data tidak valid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getReportsCoverageTrend: {
        parameters: {
            query?: {
                bulan?: number;
                /** @description Kode wilayah (kab/kota, kecamatan, kelurahan atau RT) */
                wilayah?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageTrend"];
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postPublicCek: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 16 digits; spaces and dots between groups are dropped */
                    nik: string;
                    /** @description YYYY-MM-DD (or DD/MM/YYYY) */
                    tanggal_lahir: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CekPerlindungan"];
                };
            };
            /** @description Permintaan tidak valid (JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description NIK tidak dikenal atau tanggal lahir tidak cocok (jawaban yang sama) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Terlalu banyak percobaan */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getPublicCoverage: {
        parameters: {
            query?: {
                /** @description Tingkat wilayah */
                level?: string;
                /** @description Kode wilayah (kab/kota, kecamatan, kelurahan atau RT) */
                wilayah?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCoverage"];
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postNoHp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    no_hp?: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        valid: boolean;
                        no_hp: string | null;
                        pesan: string | null;
                    };
                };
            };
            /** @description Permintaan tidak valid (JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            403: components["responses"]["Ditolak"];
            /** @description Isi bukan objek JSON */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getNikByNik: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nik: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NikInfo"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    getPremium: {
        parameters: {
            query?: {
                income?: number;
                jht?: string;
                months?: number;
                workers?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Premium"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getJakon: {
        parameters: {
            query?: {
                ppn?: string;
                ppn_included?: string;
                spk?: string;
                value?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JakonQuote"];
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getWorkerChanges: {
        parameters: {
            query?: {
                /** @description Banyak baris per halaman (1-500, bawaan 50) */
                limit?: number;
                /** @description Nomor halaman, mulai 1 */
                page?: number;
                pekerja_id?: number;
                /** @description Saring menurut status */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: unknown;
                    };
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            default: components["responses"]["Galat"];
        };
    };
    postWorkerChangesByIdDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionInput"];
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingChange"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postWorkersByIdVerify: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description Boleh kosong: setiap kolom opsional */
        requestBody?: {
            content: {
                "application/json": {
                    alasan?: string;
                    alasan_abaikan_peringatan?: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Worker"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postWorkersByIdReject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    alasan: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Worker"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getWorkersByIdVerifications: {
        parameters: {
            query?: {
                /** @description Banyak baris per halaman (1-500, bawaan 50) */
                limit?: number;
                /** @description Nomor halaman, mulai 1 */
                page?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationList"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            403: components["responses"]["Ditolak"];
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postVerifications: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: number[];
                    keputusan: string;
                    alasan?: string;
                    alasan_abaikan_peringatan?: string;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDecision"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postWorkersByIdResubmit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        /** @description Boleh kosong: setiap kolom opsional */
        requestBody?: {
            content: {
                "application/json": {
                    versi?: number;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Worker"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getWorkers: {
        parameters: {
            query?: {
                kategori?: string;
                /** @description Banyak baris per halaman */
                limit?: number;
                /** @description Nomor halaman, mulai 1 */
                page?: number;
                pekerjaan?: string;
                /** @description Awal NIK atau bagian nama */
                q?: string;
                sort?: string;
                /** @description Saring menurut status */
                status?: string;
                /** @description Kode wilayah (kab/kota, kecamatan, kelurahan atau RT) */
                wilayah?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page"] & {
                        items?: unknown;
                    };
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    postWorkers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ahli_waris?: components["schemas"]["HeirInput"][];
                    alamat?: string;
                    jenis_kelamin: string | null;
                    kategori: string;
                    kode_kelurahan: string;
                    nama: string;
                    nik: string;
                    no_hp?: string;
                    pekerjaan: string;
                    penghasilan?: string | number;
                    persetujuan: boolean;
                    /** @description Setuju menerima pesan WhatsApp/SMS (issue 20) */
                    setuju_pesan?: boolean;
                    rt: string | number;
                    tanggal_lahir: string | null;
                };
            };
        };
        responses: {
            /** @description Dibuat */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Worker"];
                };
            };
            /** @description Permintaan tidak valid (parameter, JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah). Di luar wilayah pemanggil hanya kelurahannya yang disebut, juga sebagai `nama_kelurahan` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Isi permintaan terlalu besar */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Aturan dilanggar; `errors` menyebut tiap kolom */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getWorkersById: {
        parameters: {
            query?: {
                nik?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Worker"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    putWorkersById: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kunci pengiriman (issue 21 item 3; docs/API.md "Idempotency-Key"), mis. id draf di ponsel. Kunci yang sama lagi (akun yang sama, metode, alamat dan isi yang sama) tidak menulis apa pun dan dijawab persis seperti pertama kali (status dan isi), dengan kepala `Idempotent-Replayed: true`. Kunci yang sama dengan isi lain: 422 `kunci_idempotensi_dipakai`. Permintaan pertama masih berjalan: 409 `idempotensi_diproses` (kirim ulang sebentar lagi). Jawaban yang tidak menulis apa pun (ditolak validasi, tidak ditemukan) tidak disimpan: draf yang diperbaiki dikirim lagi dengan kunci yang sama. Kunci berlaku 30 hari. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ahli_waris?: components["schemas"]["HeirInput"][];
                    alamat?: string;
                    jenis_kelamin: string | null;
                    kategori: string;
                    kode_kelurahan: string;
                    nama: string;
                    nik: string;
                    no_hp?: string;
                    pekerjaan: string;
                    penghasilan?: string | number;
                    persetujuan?: boolean;
                    rt: string | number;
                    tanggal_lahir: string | null;
                    versi: number;
                };
            };
        };
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Worker"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Konflik (NIK sudah ada, versi berubah) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getWorkersNikByNik: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nik: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Worker"];
                };
            };
            /** @description Belum masuk atau sesi berakhir */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            403: components["responses"]["Ditolak"];
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Terlalu banyak percobaan */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getWorkersByIdExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Berhasil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerExport"];
                };
            };
            401: components["responses"]["BelumMasuk"];
            /** @description Tidak diizinkan (peran, wilayah, token CSRF) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            /** @description Tidak ditemukan (juga data di luar wilayah Anda) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dokumen OpenAPI */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        openapi: "3.1.0";
                    };
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getApiDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Halaman HTML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getApiDocsScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JavaScript */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            default: components["responses"]["Galat"];
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrik */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Bukan dari server ini dan tanpa token metrik */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Galat"];
                };
            };
            default: components["responses"]["Galat"];
        };
    };
}
