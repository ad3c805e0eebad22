#!/usr/bin/env python3
"""Fleet benchmark: nestlint against `xmllint --noout --nonet` (and insights-core) on one fleet.

Builds a fleet of host bundles from the repository's fixtures/ (the host bundles of
fixtures/bundles, cycled) and, when ../shared/corpus is beside the clone, fills each host's
/etc/libvirt/qemu with real libvirt domain XML from ../shared/corpus/libvirt-domains (else
with the templates of fixtures/templates). Then, alternating in one run:

  xmllint   xmllint --noout --nonet over exactly the XML files nestlint parses in the fleet
            (the cost of parsing alone, one process);
  nestlint  nestlint lint FLEET --format sarif (release build, every rule, every file);
  insights  optional: three of the same checks through insights-core's Python API
            (Benchmarks/insights_checks.py), given --insights PYTHON.

Each tool's wall time (median, min, max over the rounds), CPU time and peak resident memory
(getrusage of the child) are reported with the ratios, and optionally written as JSON. With
--check the exit status is 1 when a target is missed: nestlint's median wall time at most
1.5 times xmllint's and a tenth of insights-core's, nestlint's peak memory under 200 MiB.

Examples:
  python3 Benchmarks/fleet_benchmark.py                      # 500 hosts x 20 domains, 5 rounds
  python3 Benchmarks/fleet_benchmark.py --quick              # CI smoke run: 20 hosts, 1 round
  python3 Benchmarks/fleet_benchmark.py --insights /tmp/venv/bin/python --json result.json
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKERS = ["etc/modprobe.d", "sys/module", "proc/cpuinfo", "etc/libvirt/qemu", "sos_commands", "sos_reports"]
# Where nestlint reads domain XML in a bundle (README, "What nestlint reads").
XML_DIRECTORIES = ["etc/libvirt/qemu", "run/libvirt/qemu", "var/run/libvirt/qemu"]
MAX_COPIED_FILE = 1 << 20


def is_bundle(path):
    return any(os.path.lexists(os.path.join(path, marker)) for marker in MARKERS)


def fixture_bundles():
    """The host bundles of fixtures/bundles (hostile inputs are tested elsewhere)."""
    folder = os.path.join(ROOT, "fixtures", "bundles")
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return [os.path.join(folder, name) for name in names if os.path.isdir(os.path.join(folder, name)) and is_bundle(os.path.join(folder, name))]


def domain_sources(corpus):
    if corpus:
        folder = os.path.join(corpus, "libvirt-domains")
        return "corpus (libvirt-domains)", sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".xml"))
    folder = os.path.join(ROOT, "fixtures", "templates")
    return "fixtures/templates", sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".xml"))


def copy_bundle(source, target):
    """Copies a bundle keeping symbolic links as links, leaving out files over 1 MiB."""
    def ignore(directory, names):
        return [name for name in names if os.path.isfile(os.path.join(directory, name)) and not os.path.islink(os.path.join(directory, name))
                and os.path.getsize(os.path.join(directory, name)) > MAX_COPIED_FILE]
    shutil.copytree(source, target, symlinks=True, ignore=ignore)


def build_fleet(work, hosts, domains, corpus):
    fleet = os.path.join(work, "fleet")
    bases = fixture_bundles()
    source_name, xml_files = domain_sources(corpus)
    if not xml_files:
        sys.exit("no domain XML found for the fleet")
    for index in range(hosts):
        host = os.path.join(fleet, "host-%04d" % index)
        if bases:
            copy_bundle(bases[index % len(bases)], host)
        # Every real host bundle has /proc/cpuinfo; the fixtures that test its absence get one,
        # so that every tool checks every host.
        cpuinfo = os.path.join(host, "proc", "cpuinfo")
        if not os.path.lexists(cpuinfo):
            os.makedirs(os.path.dirname(cpuinfo), exist_ok=True)
            with open(cpuinfo, "w") as handle:
                handle.write("processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n")
        qemu = os.path.join(host, "etc", "libvirt", "qemu")
        os.makedirs(qemu, exist_ok=True)
        for number in range(domains):
            source = xml_files[(index * domains + number) % len(xml_files)]
            shutil.copyfile(source, os.path.join(qemu, "bench-%02d-%s" % (number, os.path.basename(source))))
    return fleet, source_name, len(bases)


def parsed_xml_files(fleet):
    """The XML files nestlint parses in the fleet, as paths relative to the fleet's parent."""
    files = []
    seen = set()
    parent = os.path.dirname(fleet)
    for host in sorted(os.listdir(fleet)):
        root = os.path.join(fleet, host)
        candidates = []
        for directory in XML_DIRECTORIES:
            folder = os.path.join(root, directory)
            if os.path.isdir(folder):
                candidates += [os.path.join(folder, name) for name in sorted(os.listdir(folder)) if name.endswith(".xml")]
        virsh = os.path.join(root, "sos_commands", "virsh")
        if os.path.isdir(virsh):
            candidates += [os.path.join(virsh, name) for name in sorted(os.listdir(virsh)) if name.startswith("virsh_-r_dumpxml_")]
        for path in candidates:
            real = os.path.realpath(path)
            # nestlint follows links inside the bundle only and reads each file once.
            if not real.startswith(os.path.realpath(root) + os.sep) or real in seen or not os.path.isfile(real):
                continue
            seen.add(real)
            files.append(os.path.relpath(path, parent))
    return files


def measure(command, cwd):
    """Runs a command with its output discarded: wall seconds, CPU seconds, peak RSS (KiB)."""
    with open(os.devnull, "wb") as null:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=null, stderr=null)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_kib": usage.ru_maxrss, "status": code}


def summarise(samples):
    walls = [sample["wall"] for sample in samples]
    return {
        "runs": len(samples),
        "median_wall": statistics.median(walls),
        "min_wall": min(walls),
        "max_wall": max(walls),
        "median_cpu": statistics.median(sample["cpu"] for sample in samples),
        "peak_rss_mib": max(sample["rss_kib"] for sample in samples) / 1024,
        "statuses": sorted({sample["status"] for sample in samples}),
    }


def machine():
    model = ""
    try:
        with open("/proc/cpuinfo") as handle:
            model = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), "")
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as handle:
            memory = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("MemTotal")), "")
    except OSError:
        pass
    xmllint = subprocess.run(["xmllint", "--version"], capture_output=True, text=True).stderr.splitlines()
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "memory": memory,
        "kernel": platform.release(),
        "system": platform.platform(),
        "xmllint": xmllint[0] if xmllint else "",
        "load_average_before": list(os.getloadavg()),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hosts", type=int, default=500)
    parser.add_argument("--domains", type=int, default=20, help="domain XML files per host")
    parser.add_argument("--rounds", type=int, default=5, help="timed runs of each tool, alternating")
    parser.add_argument("--binary", help="nestlint to measure (default: build .build/release/nestlint)")
    parser.add_argument("--jobs", type=int, help="nestlint --jobs (default: one per core)")
    parser.add_argument("--corpus", default=os.path.join(os.path.dirname(ROOT), "shared", "corpus"), help="the shared corpus, when present")
    parser.add_argument("--insights", metavar="PYTHON", help="a Python with insights-core installed: measure it too")
    # Every round by default: the machine's speed drifts within minutes, and a median over
    # other minutes than nestlint's would compare the machine with itself.
    parser.add_argument("--insights-rounds", type=int, help="rounds that also run insights-core (default: all)")
    parser.add_argument("--work", help="where to build the fleet (default: a new temporary directory, removed after)")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--quick", action="store_true", help="smoke run: 20 hosts x 5 domains, 1 round, no targets")
    arguments = parser.parse_args()
    if arguments.quick:
        arguments.hosts, arguments.domains, arguments.rounds, arguments.insights_rounds = 20, 5, 1, 1
    if arguments.insights_rounds is None:
        arguments.insights_rounds = arguments.rounds
    if shutil.which("xmllint") is None:
        sys.exit("xmllint is needed (Debian: apt-get install libxml2-utils)")

    binary = arguments.binary
    if binary is None:
        # The binary nestlint ships as (README, "Building by hand"): the Swift runtime and
        # Foundation linked in, so the run does not pay for loading them.
        subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "nestlint"], cwd=ROOT, check=True)
        binary = os.path.join(ROOT, ".build", "release", "nestlint")
    binary = os.path.abspath(binary)
    corpus = arguments.corpus if os.path.isdir(os.path.join(arguments.corpus, "libvirt-domains")) else None

    work = arguments.work or tempfile.mkdtemp(prefix="nestlint-bench-")
    os.makedirs(work, exist_ok=True)
    try:
        fleet, domain_source, base_count = build_fleet(work, arguments.hosts, arguments.domains, corpus)
        xml_files = parsed_xml_files(fleet)
        commands = {
            "xmllint": ["xmllint", "--noout", "--nonet"] + xml_files,
            "nestlint": [binary, "lint", "fleet", "--format", "sarif", "--output", os.devnull, "--fail-on", "never", "--quiet"]
            + (["--jobs", str(arguments.jobs)] if arguments.jobs else []),
        }
        if arguments.insights:
            commands["insights"] = [arguments.insights, os.path.join(ROOT, "Benchmarks", "insights_checks.py"), "fleet"]
        info = machine()
        print("fleet: %d hosts x %d domains (%s), %d host bases from fixtures/bundles, %d XML files parsed"
              % (arguments.hosts, arguments.domains, domain_source, base_count, len(xml_files)))
        print("machine: %d CPUs, %s, %s, load %.2f" % (info["cpus"], info["cpu_model"], info["memory"], info["load_average_before"][0]))
        # One untimed run each: the page cache holds the fleet for every timed run.
        for name, command in commands.items():
            measure(command, work)
        samples = {name: [] for name in commands}
        for round_number in range(arguments.rounds):
            for name, command in commands.items():
                if name == "insights" and round_number >= arguments.insights_rounds:
                    continue
                samples[name].append(measure(command, work))
        info["load_average_after"] = list(os.getloadavg())
        results = {name: summarise(values) for name, values in samples.items()}
        ratios = {"nestlint/xmllint": results["nestlint"]["median_wall"] / results["xmllint"]["median_wall"]}
        if "insights" in results:
            ratios["nestlint/insights"] = results["nestlint"]["median_wall"] / results["insights"]["median_wall"]
        print()
        print("%-9s %6s %8s %8s %8s %9s %10s" % ("tool", "runs", "median s", "min s", "max s", "cpu s", "peak MiB"))
        for name, result in results.items():
            print("%-9s %6d %8.3f %8.3f %8.3f %9.3f %10.1f" % (
                name, result["runs"], result["median_wall"], result["min_wall"], result["max_wall"], result["median_cpu"], result["peak_rss_mib"]))
        print()
        for name, ratio in ratios.items():
            print("%s wall-time ratio (medians): %.2f" % (name, ratio))
        targets = {
            "nestlint/xmllint <= 1.5": ratios["nestlint/xmllint"] <= 1.5,
            "nestlint peak memory < 200 MiB": results["nestlint"]["peak_rss_mib"] < 200,
        }
        if "nestlint/insights" in ratios:
            targets["nestlint/insights <= 0.1"] = ratios["nestlint/insights"] <= 0.1
        for name, met in targets.items():
            print("target %-32s %s" % (name, "met" if met else "MISSED"))
        if any(status not in (0, 1) for status in results["nestlint"]["statuses"]):
            print("nestlint exited with %s" % results["nestlint"]["statuses"])
            return 2
        if "insights" in results and results["insights"]["statuses"] != [0]:
            print("the insights-core checks exited with %s" % results["insights"]["statuses"])
            return 2
        if arguments.json:
            with open(arguments.json, "w") as handle:
                json.dump({"fleet": {"hosts": arguments.hosts, "domains_per_host": arguments.domains, "domain_source": domain_source,
                                     "xml_files": len(xml_files)}, "machine": info, "results": results, "ratios": ratios,
                           "targets": targets}, handle, indent=2, sort_keys=True)
        if arguments.check and not arguments.quick and not all(targets.values()):
            return 1
        return 0
    finally:
        if arguments.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
