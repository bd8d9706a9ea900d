#!/usr/bin/env python3
"""Load test of `planet intake` on the loopback address (see BENCHMARKS.md, "planet intake under load").

Starts the service on a copy of the sample site (whose planet.yaml sets comments: and a question, answered "7") (spool in a temporary folder, --deliver directory), then runs:
  within   -- rate limits raised out of reach: the service's own throughput;
  at-limit -- the default limits (5 posts a minute per /24, 120 a minute for all) with each client posting
              from its own /24 (X-Forwarded-For, --trust-proxy): every address uses its burst and no more;
  above    -- the default limits, everyone far above them: most posts get 429;
  minute   -- the default limits, 16 clients from 16 /24s posting one comment after another for 60 seconds.
For each: requests, statuses, throughput, p50/p99 latency; and "lost": comments that got their 303 but are
not in the spool (must be 0). Usage: python3 Benchmarks/intake-load.py [--planet .build/release/planet]
"""
import argparse, http.client, os, re, shutil, statistics, subprocess, sys, tempfile, threading, time, urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def start(planet, site, spool, extra):
    process = subprocess.Popen(
        [planet, "intake", site, "--listen", "127.0.0.1:0", "--spool", spool, "--deliver", "directory", "--trust-proxy"] + extra,
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    line = process.stderr.readline()
    match = re.search(r"listening on 127\.0\.0\.1:(\d+)", line)
    if not match:
        sys.exit("intake did not start: " + line)
    threading.Thread(target=lambda: [None for _ in process.stderr], daemon=True).start()  # drain the log
    return process, int(match.group(1))


def post(port, fields, address):
    body = urllib.parse.urlencode(fields)
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("POST", "/comments", body, {
            "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": address, "Connection": "close"})
        status = connection.getresponse().status
    except OSError as error:
        print(f"no answer: {error!r}", file=sys.stderr)
        status = 0
    finally:
        connection.close()
    return status, time.perf_counter() - started


def run(name, planet, site, extra, clients, per_client, address_of, duration=None):
    spool = tempfile.mkdtemp(prefix="intake-load-spool-")
    process, port = start(planet, site, spool, extra)
    results, accepted, lock = [], [], threading.Lock()

    deadline = time.perf_counter() + duration if duration else None

    def client(number):
        index = 0
        while (time.perf_counter() < deadline) if deadline else (index < per_client):
            message = f"Charge {name}, client {number}, message {index} : merci pour ce billet."
            fields = {"post": "claire-martin/une-semaine-a-la-maison-de-sante", "name": f"Lecteur {number}",
                      "message": message, "answer": "7", "email": ""}
            status, seconds = post(port, fields, address_of(number))
            with lock:
                results.append((status, seconds))
                if status == 303:
                    accepted.append(message)
            index += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    process.terminate()
    process.wait()
    kept = set()
    for folder, _, files in os.walk(os.path.join(spool, "comments")):
        for file in files:
            with open(os.path.join(folder, file), encoding="utf-8") as handle:
                kept.add(handle.read().rstrip("\n").split("\n")[-1])
    shutil.rmtree(spool)
    latencies = sorted(seconds for _, seconds in results)
    statuses = {}
    for status, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    lost = len([message for message in accepted if message not in kept])
    print(f"| {name} | {clients} | {len(results)} | {', '.join(f'{k}: {v}' for k, v in sorted(statuses.items()))} "
          f"| {len(results) / elapsed:.0f} | {statistics.median(latencies) * 1000:.1f} | {p99 * 1000:.1f} | {len(kept)} | {lost} |")
    return lost


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--planet", default=os.path.join(ROOT, ".build/release/planet"))
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--per-client", type=int, default=200)
    arguments = parser.parse_args()
    work = tempfile.mkdtemp(prefix="intake-load-")
    site = os.path.join(work, "site")
    shutil.copytree(os.path.join(ROOT, "sample-site"), site)
    with open(os.path.join(site, "planet.yaml"), encoding="utf-8") as config:
        if not re.search(r"^comments:", config.read(), re.M):
            sys.exit("the sample site's planet.yaml sets no comments: (intake, question, answer)")
    high = ["--rate-per-address", "1000000", "--rate-global", "1000000"]
    print("| scenario | clients | requests | statuses | requests/s | p50 ms | p99 ms | in the spool | lost |")
    print("|---|---|---|---|---|---|---|---|---|")
    lost = run("within", arguments.planet, site, high, arguments.clients, arguments.per_client, lambda n: "10.0.0.1")
    lost += run("at-limit", arguments.planet, site, [], 12, 5, lambda n: f"10.{n // 256}.{n % 256}.1")
    lost += run("above", arguments.planet, site, [], arguments.clients, arguments.per_client, lambda n: f"10.1.{n % 4}.1")
    lost += run("minute", arguments.planet, site, [], 16, 0, lambda n: f"10.2.{n}.1", duration=60)
    shutil.rmtree(work)
    sys.exit(1 if lost else 0)


main()
