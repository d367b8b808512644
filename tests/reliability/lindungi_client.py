"""A small HTTP client for Lindungi's API used by the reliability tests and load scripts:
logs in, keeps the session cookie and sends the CSRF token on writes. Loopback only."""
import http.client
import json


class Client:
    def __init__(self, port, username=None, password="lindungi-demo", timeout=10):
        self.port = port
        self.timeout = timeout
        self.cookie = ""
        self.csrf = ""
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        if username:
            status, body = self.request("POST", "/api/v1/auth/login", {"username": username, "password": password})
            if status != 200:
                raise RuntimeError(f"login {username}: {status} {body}")

    def request(self, method, path, body=None, raw=None, content_type="application/json"):
        headers = {}
        if self.cookie:
            headers["Cookie"] = self.cookie
        if method not in ("GET", "HEAD") and self.csrf:
            headers["X-CSRF-Token"] = self.csrf
        data = raw if raw is not None else (json.dumps(body) if body is not None else None)
        if data is not None:
            headers["Content-Type"] = content_type
        try:
            self.conn.request(method, path, body=data, headers=headers)
            res = self.conn.getresponse()
            payload = res.read()
        except (ConnectionError, http.client.HTTPException, OSError):
            self.conn.close()
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            raise
        cookie = res.getheader("Set-Cookie")
        if cookie and cookie.startswith("lindungi_sesi="):
            self.cookie = cookie.split(";")[0]
        text = payload.decode("utf-8", "replace")
        try:
            doc = json.loads(text) if text else None
        except ValueError:
            doc = text
        if isinstance(doc, dict) and "csrf_token" in doc:
            self.csrf = doc["csrf_token"]
        return res.status, doc


def nik(index, month=8, year=85):
    """The index-th of about three million distinct valid Kota Jambi NIKs (men born in 19year)."""
    kec, day, serial = 1 + index % 11, 1 + (index // 11) % 28, 1 + index // 308
    return f"1571{kec:02d}{day:02d}{month:02d}{year:02d}{serial:04d}"


def worker(nik_value, kel="15.71.01.1001", rt=1, nama="Pekerja Uji"):
    return {"nik": nik_value, "nama": nama, "tanggal_lahir": f"{nik_value[6:8]}/{nik_value[8:10]}/19{nik_value[10:12]}",
            "jenis_kelamin": "L", "kode_kelurahan": kel, "rt": rt, "pekerjaan": "becak",
            "penghasilan": 1000000, "kategori": "pekerja_rentan", "persetujuan": True}
