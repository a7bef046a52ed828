#!/usr/bin/env python3
"""make bench, the server's part: `zitdocs serve` on a copy of the sample project, on loopback.

    python3 Bench/serve_bench.py --zitdocs PATH/TO/zitdocs [--port 18080]

Measures, from other processes (wrk, and Python threads):
  1. downloading an already issued certificate (.docx), 32 connections, with wrk;
  2. 32 concurrent clients issuing new certificates: every number unique, and `register list`
     afterwards the same set as the clients received;
  3. a job of all the sample's certificates as one ZIP, from the request to the last byte (the
     median of --jobs runs);
  4. the server's peak RSS (VmHWM) through the run, and its RSS after it (its anonymous and
     file-backed parts).
Python 3 standard library only; wrk from Debian's package (the Makefile installs it).
"""
import argparse
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
import io

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
SAMPLE = os.path.join(REPO, "Examples", "projekt")
PASSWORD = "haslo-do-pomiarow-" + os.urandom(6).hex()
NUMBER = re.compile(r"(?<![0-9])(\d+/\d{4}/[A-Z]+)(?![A-Za-z])")


def say(message=""):
    print(message, flush=True)


class Client:
    def __init__(self, port, token=None):
        self.port, self.token = port, token

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        fields = dict(headers or {})
        if self.token:
            fields["Authorization"] = "Bearer " + self.token
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            fields["Content-Type"] = "application/json"
        connection.request(method, path, body=data, headers=fields)
        response = connection.getresponse()
        payload = response.read()
        connection.close()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, payload


def rss(pid):
    values = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(("VmRSS", "VmHWM", "RssAnon", "RssFile")):
                name, value = line.split(":")
                values[name] = int(value.split()[0]) / 1024
    return values


def certificate_pairs(zitdocs, scratch):
    """Every certificate of the sample as (event, participant), from a run on a throwaway copy."""
    copy = os.path.join(scratch, "pary")
    shutil.copytree(SAMPLE, copy)
    subprocess.run([zitdocs, "generate", "certificates", "--project", copy, "--output", os.path.join(copy, "out")],
                   check=True, capture_output=True)
    listed = subprocess.run([zitdocs, "register", "list", "--project", copy], check=True, capture_output=True, text=True)
    pairs = []
    for line in listed.stdout.splitlines():
        number, _, participant, _, subject, _ = line.split("\t")
        if not subject.startswith("LIDER"):
            pairs.append((subject, participant))
    return pairs


def docx_number(payload):
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        text = archive.read("word/document.xml").decode()
    # Tags become spaces: the number is one run, and the text after it another.
    found = NUMBER.search(re.sub(r"<[^>]+>", " ", text))
    return found.group(1) if found else None


def wrk_post(port, token, body, seconds, connections):
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
    script.write('wrk.method = "POST"\n')
    script.write(f"wrk.body = {json.dumps(json.dumps(body))}\n")
    script.write('wrk.headers["Content-Type"] = "application/json"\n')
    script.write(f'wrk.headers["Authorization"] = "Bearer {token}"\n')
    script.write("""
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %d %d %d %d %.3f %.3f\\n", summary.requests, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout,
    latency:percentile(99) / 1000, latency:percentile(50) / 1000))
end
""")
    script.close()
    run = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", script.name,
                          f"http://127.0.0.1:{port}/api/v1/generate/certificates"],
                         check=True, capture_output=True, text=True)
    os.unlink(script.name)
    line = next(l for l in run.stdout.splitlines() if l.startswith("RESULT"))
    requests, connect, read, write, status, timeout, p99, p50 = line.split()[1:]
    errors = sum(int(x) for x in (connect, read, write, status, timeout))
    return int(requests) / seconds, float(p99), float(p50), errors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--zitdocs", required=True)
    parser.add_argument("--port", type=int, default=18080)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=7, help="how many times the job of all certificates is run")
    args = parser.parse_args()
    zitdocs = os.path.abspath(args.zitdocs)
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install wrk)")

    scratch = tempfile.mkdtemp(prefix="zit-serve-bench-")
    project = os.path.join(scratch, "projekt")
    shutil.copytree(SAMPLE, project)
    for name in os.listdir(project):
        if name.startswith("rejestr-zaswiadczen"):
            os.unlink(os.path.join(project, name))
    pairs = certificate_pairs(zitdocs, scratch)
    subprocess.run([zitdocs, "user", "add", "pomiar", "--role", "office", "--project", project],
                   input=PASSWORD + "\n", text=True, check=True, capture_output=True)
    server = subprocess.Popen(
        [zitdocs, "serve", "--project", project, "--port", str(args.port), "--generations-per-minute", "1000000"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak_seen = 0.0
    try:
        client = Client(args.port)
        for _ in range(300):
            try:
                if client.request("GET", "/health")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        idle_parts = rss(server.pid)
        idle = idle_parts["VmRSS"]
        status, headers, payload = client.request("POST", "/api/v1/session", {"login": "pomiar", "password": PASSWORD})
        assert status == 200, payload
        cookie = headers["set-cookie"].split(";")[0]
        csrf = json.loads(payload)["csrfToken"]
        status, _, payload = client.request("POST", "/api/v1/tokens", {"name": "pomiary"},
                                            {"Cookie": cookie, "X-CSRF-Token": csrf})
        assert status in (200, 201), payload
        client = Client(args.port, json.loads(payload)["token"])
        say(f"server: zitdocs serve on 127.0.0.1:{args.port}, idle RSS {idle:.1f} MB")

        # 1. an issued certificate, again and again
        event, participant = pairs[0]
        body = {"event": event, "participant": participant}
        status, headers, payload = client.request("POST", "/api/v1/generate/certificates", body)
        assert status == 200, payload
        rate, p99, p50, errors = wrk_post(args.port, client.token, body, args.seconds, 32)
        peak_seen = max(peak_seen, rss(server.pid)["VmHWM"])
        phase_peaks = [peak_seen]
        say(f"1. issued certificate (.docx), 32 connections, {args.seconds} s: {rate:.0f} req/s, "
            f"p50 {p50:.1f} ms, p99 {p99:.1f} ms, errors {errors}")

        # 2. 32 clients issuing new certificates at once
        fresh = pairs[1:]
        received, failures = [], []
        lock = threading.Lock()

        def issue(chunk):
            for event, participant in chunk:
                status, _, payload = client.request("POST", "/api/v1/generate/certificates",
                                                    {"event": event, "participant": participant})
                with lock:
                    if status == 200:
                        received.append(docx_number(payload))
                    else:
                        failures.append(status)

        threads = [threading.Thread(target=issue, args=(fresh[i::32],)) for i in range(32)]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        took = time.perf_counter() - start
        listed = subprocess.run([zitdocs, "register", "list", "--project", project], check=True, capture_output=True, text=True)
        register = {line.split("\t")[0] for line in listed.stdout.splitlines()}
        unique = len(set(received)) == len(received) and None not in received
        issued_by_clients = set(received)
        first = docx_number(client.request("POST", "/api/v1/generate/certificates",
                                           {"event": pairs[0][0], "participant": pairs[0][1]})[2])
        matches = register == issued_by_clients | {first}
        peak_seen = max(peak_seen, rss(server.pid)["VmHWM"])
        phase_peaks.append(peak_seen)
        say(f"2. 32 clients, {len(received)} new certificates in {took:.2f} s ({len(received) / took:.0f}/s): "
            f"numbers unique: {'yes' if unique else 'NO'}, failures {len(failures)}, "
            f"register list = received: {'yes' if matches else 'NO'}")

        # 3. every certificate as one job's ZIP, several times: the median, and each run
        times = []
        for _ in range(args.jobs):
            start = time.perf_counter()
            status, headers, payload = client.request("POST", "/api/v1/generate/certificates", {})
            assert status == 202, payload
            location = headers["location"]
            while True:
                state = json.loads(client.request("GET", location)[2])
                if state["state"] in ("done", "failed", "cancelled"):
                    break
                time.sleep(0.005)
            status, _, archive = client.request("GET", location + "/result")
            times.append(time.perf_counter() - start)
            count = len(zipfile.ZipFile(io.BytesIO(archive)).namelist()) if status == 200 else 0
            peak_seen = max(peak_seen, rss(server.pid)["VmHWM"])
        phase_peaks.append(peak_seen)
        say(f"3. job of all certificates: {count} documents, ZIP of {len(archive) / 1e6:.1f} MB, "
            f"median {statistics.median(times):.2f} s from request to last byte "
            f"({', '.join(f'{t:.2f}' for t in times)})")

        # glibc's freed memory goes back once the server has been quiet for a second.
        time.sleep(3)
        after = rss(server.pid)
        say(f"4. server RSS: peak {max(peak_seen, after['VmHWM']):.1f} MB, after the run {after['VmRSS']:.1f} MB "
            f"(idle before: {idle:.1f} MB; the peak so far after parts 1, 2, 3: "
            f"{', '.join(f'{p:.1f}' for p in phase_peaks)} MB)")
        # The program's own code and libraries count in the RSS once read from disk (RssFile);
        # what the server allocated is RssAnon.
        say(f"   of which the heap and stacks (RssAnon): idle {idle_parts['RssAnon']:.1f} MB, "
            f"after {after['RssAnon']:.1f} MB; the program's files (RssFile): idle {idle_parts['RssFile']:.1f} MB, "
            f"after {after['RssFile']:.1f} MB")
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
