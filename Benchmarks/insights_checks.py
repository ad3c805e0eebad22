#!/usr/bin/env python3
"""Three of nestlint's checks done with insights-core's Python API, for the fleet benchmark.

For every host bundle under FLEET, insights-core's own parsers read the files and a rule
combines them (one `insights.run` per host, as insights-core processes one archive or root at
a time):

1. CPU and module (like NL202): the CPU has vmx/svm (CpuInfo) but the vendor KVM module is
   not loaded (LsMod).
2. Configuration (like NL301's configuration side): `options kvm_intel|kvm_amd nested=...`
   in modprobe.d (ModProbe).
3. Domains (like NL401's CPU test): each /etc/libvirt/qemu/*.xml domain (QemuXML) whose CPU
   is custom (or absent) without a vmx/svm feature.

Prints one line of totals so a run can be checked for having done the work.
"""

import os
import sys

from insights import make_pass, rule, run
from insights.core import dr
from insights.parsers.cpuinfo import CpuInfo
from insights.parsers.lsmod import LsMod
from insights.parsers.modprobe import ModProbe
from insights.parsers.qemu_xml import QemuXML


@rule(CpuInfo, [LsMod, ModProbe, QemuXML])
def nested_checks(cpu, lsmod, modprobe, domains):
    flags = set(cpu.flags or [])
    vendor_module = "kvm_intel" if "vmx" in flags else "kvm_amd" if "svm" in flags else None
    module_missing = vendor_module is not None and lsmod is not None and vendor_module not in lsmod
    nested_options = 0
    for conf in modprobe or []:
        for module in ("kvm_intel", "kvm_amd", "kvm-intel", "kvm-amd"):
            options = conf.data.get("options", {}).get(module)
            if options and any(part.startswith("nested=") for part in options):
                nested_options += 1
    domains_without_extension = 0
    for domain in domains or []:
        if domain.dom is None:  # not well-formed: insights-core keeps no tree
            continue
        cpu_element = domain.dom.find("cpu")
        mode = cpu_element.get("mode", "custom") if cpu_element is not None else "custom"
        if mode != "custom":
            continue
        features = [] if cpu_element is None else cpu_element.findall("feature")
        if not any(f.get("name") in ("vmx", "svm") and f.get("policy", "require") in ("require", "force") for f in features):
            domains_without_extension += 1
    return make_pass(
        "NESTED_CHECKS", module_missing=module_missing, nested_options=nested_options,
        domains=len(domains or []), domains_without_extension=domains_without_extension)


def main():
    fleet = sys.argv[1]
    dr.load_components("insights.specs.default", "insights.specs.sos_archive", "insights.specs.datasources", continue_on_error=True)
    hosts = sorted(os.path.join(fleet, name) for name in os.listdir(fleet) if os.path.isdir(os.path.join(fleet, name)))
    totals = {"hosts": 0, "skipped": 0, "domains": 0, "without_extension": 0, "nested_options": 0, "module_missing": 0}
    for host in hosts:
        broker = run(nested_checks, root=host)
        result = broker.get(nested_checks)
        totals["hosts"] += 1
        # A host without /proc/cpuinfo gets insights-core's "skip" response instead.
        if not result or "domains" not in result:
            totals["skipped"] += 1
        else:
            totals["domains"] += result["domains"]
            totals["without_extension"] += result["domains_without_extension"]
            totals["nested_options"] += result["nested_options"]
            totals["module_missing"] += int(result["module_missing"])
    print(" ".join("%s=%d" % item for item in sorted(totals.items())))


if __name__ == "__main__":
    main()
