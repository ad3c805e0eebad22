// Generated from rules/ by `NESTLINT_REGENERATE=1 swift test --filter BuiltinRulePack`;
// a test fails when this file is stale. Do not edit by hand.

/// The built-in rule pack, embedded so that an installed binary works without the source tree.
public enum BuiltinRulePack {
    public static let files: [(path: String, text: String)] = [
        (
            "NL001-malformed-xml.yml",
            #"""
id: NL001
name: malformed-xml
severity: error
scope: artifact
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
tags: [input-integrity]
summary: An XML artifact is not well-formed, or libxml2 refuses it (entity loop, size or depth limits).
rationale: >-
  libvirt refuses a domain definition that is not well-formed XML, so the guest cannot be
  defined or started from it, and nestlint cannot check it either. nestlint parses with network
  access off, no entity substitution and libxml2's default limits; it never repairs a document,
  so what it reports is exactly what libxml2 rejected.
fix: >-
  Fix the XML at the reported line (xmllint --noout FILE shows the same error), or regenerate
  the file with `virsh dumpxml`. Remove entity declarations: libvirt does not use them.
references:
  - https://libvirt.org/formatdomain.html
  - https://gitlab.gnome.org/GNOME/libxml2/-/wikis/home
for-each: problems
when:
  fact: item.kind
  equals: malformed-xml
message: "Not well-formed XML: {item.message}. The file was not linted."
examples:
  must-flag:
    - name: mismatched closing tag
      domain: |
        <domain type='kvm'>
          <name>vm1</name>
        ↓</domian>
    - name: entity expansion loop (billion laughs) is refused, not expanded
      domain: |
        <?xml version="1.0"?>
        <!DOCTYPE domain [
          <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
          <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
          <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
          <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
          <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
          <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
          <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
        ]>
        <domain type='kvm'>
        ↓  <name>&g;</name>
        </domain>
    - name: a live status file in a bundle that was cut short
      bundle:
        etc/libvirt/qemu/vm1.xml: |
          <domain type='kvm'><name>vm1</name></domain>
        run/libvirt/qemu/vm1.xml: |-
          <domstatus state='running'>
            <domain type='kvm'>
          ↓    <name>vm1</name>
  must-not-flag:
    - name: well-formed domain
      domain: |
        <domain type='kvm'>
          <name>vm1</name>
        </domain>
    - name: an external entity declared but not used is well-formed, and is never loaded
      domain: |
        <?xml version="1.0"?>
        <!DOCTYPE domain [<!ENTITY secret SYSTEM "file:///etc/shadow">]>
        <domain type='kvm'><name>vm1</name></domain>

"""#
        ),
        (
            "NL002-unreadable-artifact.yml",
            #"""
id: NL002
name: unreadable-artifact
severity: warning
scope: artifact
reads: [any]
tags: [input-integrity]
summary: A file nestlint should read cannot be used (not text, over the size limit, not a regular file, or a link leaving the bundle).
rationale: >-
  A check whose evidence cannot be read is a check that silently did not happen. nestlint reads
  only regular files inside the bundle: symbolic links are followed inside the bundle root only,
  FIFOs, sockets and devices are never opened, files with NUL bytes are not text, and files over
  the size limit (16 MiB by default) are skipped. Each such file is reported so that a clean
  result is never mistaken for a checked one.
fix: >-
  Collect the file again (a complete sosreport, or a copy that keeps relative links), make it
  readable, or raise the limit with --max-file-size when the file is legitimately large.
references:
  - https://github.com/sosreport/sos
for-each: problems
when:
  fact: item.kind
  equals: unreadable
message: "Not checked: {item.message}."
examples:
  must-flag:
    - name: binary junk in /proc/cpuinfo
      bundle:
        proc/cpuinfo: "↓\0\x01\x02ELF\n"
    - name: a link that leaves the bundle is not followed
      bundle:
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"
      links:
        ↓proc/cpuinfo: ../../../../etc/passwd
    - name: an absolute link that climbs out of the root is not followed
      bundle:
        proc/version: "Linux version 6.1.0\n"
      links:
        ↓proc/cmdline: /../../../etc/shadow
    - name: a link loop
      bundle:
        proc/version: "Linux version 6.1.0\n"
      links:
        ↓proc/cpuinfo: cpuinfo2
        proc/cpuinfo2: cpuinfo
  must-not-flag:
    - name: a relative link inside the bundle, as sosreports have
      bundle:
        sos_commands/kernel/lsmod: |
          Module                  Size  Used by
          kvm_intel             368640  0
        proc/cpuinfo: "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n"
      links:
        lsmod: sos_commands/kernel/lsmod
    - name: an absolute link resolved inside the bundle root
      bundle:
        usr/lib/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"
        proc/version: "Linux version 6.1.0\n"
      links:
        lib: /usr/lib

"""#
        ),
        (
            "NL108-options-for-other-vendor.yml",
            #"""
id: NL108
name: options-for-other-vendor
severity: warning
scope: host
reads: [modprobe-config, cpuinfo]
tags: [module-configuration]
summary: KVM options are set only for the other CPU vendor's module (kvm_intel on an AMD host, or kvm_amd on an Intel host).
rationale: >-
  Options for kvm_intel never reach kvm_amd and the other way round: on an AMD host,
  `options kvm_intel nested=1` does nothing, and the nesting the file was written for is not
  configured. This is a common copy-paste from guides written for the other vendor.
  When both modules are configured (a shared image for mixed fleets) it is only a note.
fix: >-
  Configure the module of this CPU's vendor: `options kvm_amd nested=1` on AMD (and Hygon),
  `options kvm_intel nested=1` on Intel, in a `*.conf` file under /etc/modprobe.d.
references:
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
  - https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation
at: config.options.other-vendor
related: [cpu.vendor]
when:
  fact: config.options.other-vendor
  is: true
severity-when:
  - when: {fact: config.options.vendor, is: true}
    severity: note
message: >-
  The CPU is {cpu.vendor} ({cpu.vendor.location}) but this line configures
  {config.options.other-vendor}, which this host never loads; {host.vendor-module} gets no options from it.
notes:
  - when: {fact: config.options.vendor, is: false}
    text: "Nothing configures {host.vendor-module}: use `options {host.vendor-module} ...` instead."
  - when: {fact: config.options.vendor, is: true}
    text: "{host.vendor-module} is configured too ({config.options.vendor.location}), so this is likely a shared image."
examples:
  must-flag:
    - name: Intel options on an AMD host (the Ubuntu package default on a Ryzen)
      bundle:
        proc/cpuinfo: |
          processor	: 0
          vendor_id	: AuthenticAMD
          flags		: fpu vme de pse svm lm
        etc/modprobe.d/qemu-system-x86.conf: |
          ↓options kvm_intel nested=1
    - name: AMD options on an Intel host, spelled with a dash
      bundle:
        proc/cpuinfo: |
          processor	: 0
          vendor_id	: GenuineIntel
          flags		: fpu vmx lm
        etc/modprobe.d/kvm.conf: |
          # nested guests
          ↓options kvm-amd nested=1
    - name: Hygon uses kvm_amd
      bundle:
        proc/cpuinfo: |
          vendor_id	: HygonGenuine
          flags		: svm lm
        usr/lib/modprobe.d/kvm.conf: |
          ↓options kvm_intel nested=Y
  must-not-flag:
    - name: the right module
      bundle:
        proc/cpuinfo: |
          vendor_id	: AuthenticAMD
          flags		: svm lm
        etc/modprobe.d/kvm.conf: |
          options kvm_amd nested=1
    - name: no cpuinfo, vendor unknown
      bundle:
        etc/modprobe.d/kvm.conf: |
          options kvm_intel nested=1
    - name: options in a file modprobe ignores are not configuration
      bundle:
        proc/cpuinfo: |
          vendor_id	: AuthenticAMD
          flags		: svm lm
        etc/modprobe.d/kvm.conf.bak: |
          options kvm_intel nested=1

"""#
        ),
        (
            "NL202-kvm-module-not-loaded.yml",
            #"""
id: NL202
name: kvm-module-not-loaded
severity: warning
scope: host
reads: [cpuinfo, loaded-modules, sysfs-parameter, builtin-modules]
tags: [runtime-state]
summary: The CPU has vmx/svm and the bundle lists loaded modules, but the vendor KVM module (kvm_intel or kvm_amd) is not loaded.
rationale: >-
  Without kvm_intel or kvm_amd there is no hardware-accelerated KVM on this host, nested or not:
  guests fall back to slow emulation or fail to start with type='kvm'. This is the first check
  of the nested-virtualization guide (`lsmod | grep kvm`). The rule stays silent when the
  bundle carries no module evidence (no lsmod, /proc/modules or /sys/module) and when the
  module is built into the kernel.
fix: >-
  Load it (`modprobe kvm_intel` or `modprobe kvm_amd`) and find why it was not: a blacklist or
  `install ... /bin/false` line (NL109), a bad option value that makes the load fail (NL104,
  NL105), or virtualization disabled in the firmware.
references:
  - https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
at: cpu.virt-extension
related: [modules.vendor-loaded]
when:
  all:
    - {fact: cpu.virt-extension, is: true}
    - {fact: modules.evidence, is: true}
    - {fact: modules.vendor-loaded, is: false}
    - {fact: modules.vendor-builtin, is: false}
message: >-
  The CPU offers {cpu.virt-extension} but {host.vendor-module} is not loaded (checked
  {modules.vendor-loaded.location|the loaded-module lists}): KVM has no hardware acceleration here.
examples:
  must-flag:
    - name: Intel host, lsmod without kvm_intel
      bundle:
        proc/cpuinfo: |
          processor	: 0
          vendor_id	: GenuineIntel
          ↓flags		: fpu vme vmx lm
        sos_commands/kernel/lsmod: |
          Module                  Size  Used by
          ext4                  987136  1
    - name: AMD host, /proc/modules with only kvm
      bundle:
        proc/cpuinfo: |
          vendor_id	: AuthenticAMD
          ↓flags		: svm lm
        proc/modules: |
          kvm 1126400 0 - Live 0xffffffffc0a00000
  must-not-flag:
    - name: module loaded
      bundle:
        proc/cpuinfo: |
          vendor_id	: GenuineIntel
          flags		: vmx lm
        sos_commands/kernel/lsmod: |
          Module                  Size  Used by
          kvm_intel             368640  0
          kvm                  1146880  1 kvm_intel
    - name: no module evidence at all
      bundle:
        proc/cpuinfo: |
          vendor_id	: GenuineIntel
          flags		: vmx lm
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"
    - name: loaded according to /sys/module
      bundle:
        proc/cpuinfo: |
          vendor_id	: GenuineIntel
          flags		: vmx lm
        sys/module/kvm_intel/parameters/nested: "Y\n"
    - name: built into the kernel
      bundle:
        proc/cpuinfo: |
          vendor_id	: AuthenticAMD
          flags		: svm lm
        proc/modules: "ext4 987136 1 - Live 0x0\n"
        lib/modules/6.1.0/modules.builtin: "kernel/arch/x86/kvm/kvm.ko\nkernel/arch/x86/kvm/kvm-amd.ko\n"
    - name: a guest without vmx/svm needs no KVM module
      bundle:
        proc/cpuinfo: |
          vendor_id	: GenuineIntel
          flags		: fpu lm hypervisor
        proc/modules: "ext4 987136 1 - Live 0x0\n"

"""#
        ),
        (
            "NL203-nested-disabled-at-runtime.yml",
            #"""
id: NL203
name: nested-disabled-at-runtime
severity: warning
scope: host
reads: [sysfs-parameter]
tags: [runtime-state]
summary: The loaded KVM module has nesting off (/sys/module/kvm_intel/parameters/nested reads N, or kvm_amd's reads 0).
rationale: >-
  This is the check the nested-virtualization guide starts with. With `nested` off, KVM does
  not advertise vmx/svm to guests, so no guest on this host can run its own KVM guests, even
  with a host-model or host-passthrough CPU. The value is read-only at runtime: it shows the
  options in force when the module was loaded.
fix: >-
  Add `options kvm_intel nested=1` (or `options kvm_amd nested=1`) to a `*.conf` file in
  /etc/modprobe.d, then reload the module with every guest stopped
  (`modprobe -r kvm_intel && modprobe kvm_intel`) or reboot.
references:
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
  - https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation
at: runtime.nested
when:
  all:
    - {fact: runtime.nested, is: false}
    - {fact: host.vendor-module, in: [kvm_intel, kvm_amd, kvm]}
message: >-
  {host.vendor-module} nested reads {runtime.nested} at runtime: KVM offers no
  virtualization extension to guests, so none of them can run nested guests.
examples:
  must-flag:
    - name: Intel, N
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        sys/module/kvm_intel/parameters/nested: "↓N\n"
    - name: AMD, 0
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        sys/module/kvm_amd/parameters/nested: "↓0\n"
    - name: vendor known only from sysfs
      bundle:
        sys/module/kvm_intel/parameters/nested: "↓n"
  must-not-flag:
    - name: Intel, Y
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        sys/module/kvm_intel/parameters/nested: "Y\n"
    - name: AMD, 1
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        sys/module/kvm_amd/parameters/nested: "1\n"
    - name: the other vendor's module is not this host's
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        sys/module/kvm_amd/parameters/nested: "0\n"
    - name: no sysfs
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"

"""#
        ),
        (
            "NL301-nested-config-not-applied.yml",
            #"""
id: NL301
name: nested-config-not-applied
severity: warning
scope: host
reads: [modprobe-config, kernel-cmdline, sysfs-parameter, loaded-modules]
tags: [drift]
summary: The configuration enables nesting but the loaded module still has it off; the module was not reloaded since the change.
rationale: >-
  `nested` is read-only at runtime: it reflects the options in force when the module was
  loaded. Writing `options kvm_intel nested=1` changes nothing until kvm_intel is unloaded and
  loaded again, which needs every guest that holds the module stopped, or a reboot. Until then
  guests get no vmx/svm although the configuration says they should.
fix: >-
  Stop the guests that hold the module (lsmod's Used-by count), then
  `modprobe -r kvm_intel && modprobe kvm_intel` (kvm_amd on AMD), or reboot at the next window.
references:
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
  - https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation
at: config.nested
related: [runtime.nested]
when:
  all:
    - {fact: config.nested, is: true}
    - {fact: runtime.nested, is: false}
message: >-
  {host.vendor-module} nested is {runtime.nested} at runtime although {config.nested.location}
  sets nested={config.nested}: the module was not reloaded since;
  {modules.vendor-users|an unknown number of} user(s) hold it (stop the guests, then
  modprobe -r {host.vendor-module} && modprobe {host.vendor-module}).
examples:
  must-flag:
    - name: Intel, configured but not reloaded, guests holding the module
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: |
          # enable nesting
          ↓options kvm_intel nested=1
        sys/module/kvm_intel/parameters/nested: "N\n"
        sos_commands/kernel/lsmod: |
          Module                  Size  Used by
          kvm_intel             368640  4
          kvm                  1146880  1 kvm_intel
    - name: the last of several assignments wins, across directories in lexical order
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        etc/modprobe.d/a-kvm.conf: "options kvm_amd nested=0\n"
        usr/lib/modprobe.d/z-kvm.conf: "↓options kvm-amd nested=1\n"
        sys/module/kvm_amd/parameters/nested: "0\n"
    - name: the kernel command line is applied last
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=0\n"
        proc/cmdline: "↓BOOT_IMAGE=/vmlinuz root=/dev/sda1 kvm-intel.nested=1 quiet\n"
        sys/module/kvm_intel/parameters/nested: "N\n"
  must-not-flag:
    - name: applied
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"
        sys/module/kvm_intel/parameters/nested: "Y\n"
    - name: the enabling file is shadowed by a same-name copy in /etc that disables it
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=0\n"
        lib/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"
        sys/module/kvm_intel/parameters/nested: "N\n"
    - name: the enabling line is in a file modprobe never reads
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf~: "options kvm_intel nested=1\n"
        sys/module/kvm_intel/parameters/nested: "N\n"
    - name: a comment is not configuration
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "#options kvm_intel nested=1\n"
        sys/module/kvm_intel/parameters/nested: "N\n"

"""#
        ),
        (
            "NL401-hypervisor-guest-without-virt-extension.yml",
            #"""
id: NL401
name: hypervisor-guest-without-virt-extension
severity: error
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
tags: [guest-cpu, intent]
summary: A domain meant to host its own guests (intent role hypervisor) cannot offer vmx/svm to them.
rationale: >-
  A guest sees vmx (Intel) or svm (AMD) only when its CPU definition passes it through. With no
  `<cpu>` element libvirt gives QEMU's default model, and `mode='custom'` lists only the
  features it names, so without a vmx/svm feature (policy require, force or optional) the guest
  cannot run KVM itself. The nested-virtualization guide uses `host-model` or
  `host-passthrough` for that reason. The role comes from the domain's
  `<nestlint:intent role='hypervisor'/>` metadata, or from a bundle of the guest itself that
  shows it runs KVM domains.
fix: >-
  Use `<cpu mode='host-model'/>` (migratable between similar hosts) or
  `<cpu mode='host-passthrough'/>`, or add `<feature policy='require' name='vmx'/>`
  (`svm` on AMD) to the custom CPU.
references:
  - https://libvirt.org/formatdomain.html#cpu-model-and-topology
  - https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
select: >-
  self::domain[not(cpu)]
  | cpu[(not(@mode) or @mode='custom')
        and not(feature[(@name='vmx' or @name='svm')
                        and (not(@policy) or @policy='require' or @policy='force' or @policy='optional')])]
capture:
  model: string(model)
when:
  fact: intent.role
  equals: hypervisor
related: [intent.role]
message: "This domain's intent role is hypervisor, but its CPU cannot offer vmx/svm to its own guests:"
notes:
  - when: {fact: item.element, equals: domain}
    text: "it has no <cpu> element, so QEMU's default model applies. Add <cpu mode='host-model'/> or <cpu mode='host-passthrough'/>."
  - when: {fact: item.element, equals: cpu}
    text: "the custom CPU ({item.model|no model}) names no vmx or svm feature. Use mode='host-model' or 'host-passthrough', or add <feature policy='require' name='vmx'/> (svm on AMD)."
  - when: {fact: intent.source, equals: bundle-evidence}
    text: "The role comes from the bundle of the guest itself ({intent.role.location}): it is a virtual machine that defines KVM domains."
examples:
  must-flag:
    - name: no cpu element
      domain: |
        ↓<domain type='kvm'>
          <name>l1</name>
          <metadata>
            <nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor"/>
          </metadata>
        </domain>
    - name: custom model without vmx
      domain: |
        <domain type='kvm'>
          <name>l1</name>
          <metadata>
            <nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor" operations="migrate"/>
          </metadata>
          ↓<cpu mode='custom' match='exact'>
            <model fallback='forbid'>Skylake-Server</model>
            <feature policy='require' name='pcid'/>
            <feature policy='disable' name='vmx'/>
          </cpu>
        </domain>
    - name: a cpu element with topology only is a custom CPU
      domain: |
        <domain type='qemu'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor" operations=""/></metadata>
          ↓<cpu><topology sockets='1' cores='2' threads='1'/></cpu>
        </domain>
    - name: the live status is checked too
      bundle:
        run/libvirt/qemu/l1.xml: |
          <domstatus state='running'>
            <domain type='kvm' id='3'>
              <name>l1</name>
              <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor"/></metadata>
              ↓<cpu mode='custom'><model>EPYC</model><feature policy='disable' name='svm'/></cpu>
            </domain>
          </domstatus>
    - name: svme-addr-chk is not svm
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor"/></metadata>
          ↓<cpu mode='custom'><model>EPYC-Milan</model><feature policy='require' name='svme-addr-chk'/></cpu>
        </domain>
  must-not-flag:
    - name: host-model
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor"/></metadata>
          <cpu mode='host-model'/>
        </domain>
    - name: custom with required svm (no policy means require)
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor"/></metadata>
          <cpu mode='custom'><model>EPYC</model><feature name='svm'/></cpu>
        </domain>
    - name: a plain guest needs no extension
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="guest"/></metadata>
        </domain>
    - name: no intent
      domain: |
        <domain type='kvm'><name>vm</name></domain>
    - name: a near-miss feature name is not svm
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor"/></metadata>
          <cpu mode='custom'><model>EPYC</model><feature policy='require' name='svm'/><feature policy='require' name='svme-addr-chk'/></cpu>
        </domain>
    - name: a Xen domain is out of scope
      domain: |
        <domain type='xen'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor"/></metadata>
        </domain>

"""#
        ),
        (
            "NL402-virt-extension-disabled.yml",
            #"""
id: NL402
name: virt-extension-disabled
severity: note
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
tags: [guest-cpu, intent]
summary: The CPU definition disables vmx or svm (policy disable or forbid), so the guest cannot run KVM guests itself.
rationale: >-
  `<feature policy='disable' name='vmx'/>` removes the virtualization extension from the guest
  CPU, and `policy='forbid'` makes libvirt refuse to start the guest on a host whose CPU has it.
  Either way the guest cannot run nested KVM guests. That is a fine choice for an ordinary
  guest (a note), and a defect for a domain whose intent role is hypervisor (an error).
fix: >-
  For a guest that must run its own guests, remove the feature line (host-model and
  host-passthrough then pass vmx/svm through when host nesting is on) or set
  `policy='require'`. For an ordinary guest, nothing to do.
references:
  - https://libvirt.org/formatdomain.html#cpu-model-and-topology
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
select: cpu/feature[(@name='vmx' or @name='svm') and (@policy='disable' or @policy='forbid')]
capture:
  name: string(@name)
  policy: string(@policy)
severity-when:
  - when: {fact: intent.role, equals: hypervisor}
    severity: error
message: "The CPU definition sets {item.name} to policy '{item.policy}': this guest cannot run KVM guests of its own."
notes:
  - when: {fact: intent.role, equals: hypervisor}
    text: "Its intent role is hypervisor ({intent.role.location}): remove this line or use policy='require'."
examples:
  must-flag:
    - name: disabled vmx on a plain guest is a note
      domain: |
        <domain type='kvm'>
          <cpu mode='host-model'>
            ↓<feature policy='disable' name='vmx'/>
          </cpu>
        </domain>
    - name: forbidden svm on a hypervisor is an error
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor"/></metadata>
          <cpu mode='custom' match='exact'>
            <model>EPYC</model>
            ↓<feature policy='forbid' name='svm'/>
          </cpu>
        </domain>
  must-not-flag:
    - name: required vmx
      domain: |
        <domain type='kvm'><cpu mode='custom'><model>Haswell</model><feature policy='require' name='vmx'/></cpu></domain>
    - name: svme-addr-chk is not svm
      domain: |
        <domain type='kvm'><cpu mode='host-model'><feature policy='disable' name='svme-addr-chk'/></cpu></domain>
    - name: a missing policy means require
      domain: |
        <domain type='kvm'><cpu mode='custom'><model>EPYC</model><feature name='svm'/></cpu></domain>

"""#
        ),
        (
            "NL403-virt-extension-forced.yml",
            #"""
id: NL403
name: virt-extension-forced
severity: warning
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
tags: [guest-cpu]
summary: The CPU definition forces vmx or svm (policy force), claiming it even on hosts that cannot provide it.
rationale: >-
  `policy='force'` tells libvirt to request the feature whether or not the host supports it, so
  libvirt's host check no longer stops the guest from starting on a host without nesting. KVM
  offers vmx/svm only when the host's `nested` parameter is on; elsewhere the guest starts
  anyway and its own guests fail. `policy='require'` asks for the same feature but lets libvirt
  refuse a host that cannot give it, which is what a nested setup wants.
fix: Use `<feature policy='require' name='vmx'/>` (or `svm`), or `mode='host-model'`.
references:
  - https://libvirt.org/formatdomain.html#cpu-model-and-topology
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
select: cpu/feature[@policy='force' and (@name='vmx' or @name='svm')]
capture:
  name: string(@name)
message: >-
  <feature policy='force' name='{item.name}'/> claims {item.name} even on a host that cannot
  provide it, so the guest starts there without a usable extension; use policy='require' so
  libvirt refuses such a host instead.
examples:
  must-flag:
    - name: forced vmx
      domain: |
        <domain type='kvm'>
          <cpu mode='custom' match='exact'>
            <model fallback='allow'>Skylake-Client</model>
            ↓<feature policy='force' name='vmx'/>
          </cpu>
        </domain>
  must-not-flag:
    - name: required vmx
      domain: |
        <domain type='kvm'><cpu mode='custom'><model>Skylake-Client</model><feature policy='require' name='vmx'/></cpu></domain>
    - name: another forced feature
      domain: |
        <domain type='kvm'><cpu mode='custom'><model>EPYC</model><feature policy='force' name='svme-addr-chk'/></cpu></domain>

"""#
        ),
        (
            "NL404-cpu-check-disabled.yml",
            #"""
id: NL404
name: cpu-check-disabled
severity: note
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
tags: [guest-cpu]
summary: "`check='none'` on a CPU that requests vmx or svm: a host that cannot provide it starts the guest anyway."
rationale: >-
  With `check='none'` libvirt does not compare the CPU QEMU actually gives the guest with the
  definition. A guest that asks for vmx/svm (policy require, force or optional, or no policy)
  then starts on a host whose nesting is off, silently without the extension, and fails only
  later when it tries to run its own guests. `check='partial'` (libvirt's default for custom
  CPUs) or `check='full'` make the start fail instead.
fix: Remove `check='none'` or use `check='full'` (or `partial`) on the `<cpu>` element.
references:
  - https://libvirt.org/formatdomain.html#cpu-model-and-topology
select: >-
  cpu[@check='none' and feature[(@name='vmx' or @name='svm')
      and (not(@policy) or @policy='require' or @policy='force' or @policy='optional')]]
capture:
  name: >-
    string(feature[(@name='vmx' or @name='svm')
      and (not(@policy) or @policy='require' or @policy='force' or @policy='optional')][1]/@name)
message: >-
  This CPU requests {item.name} with check='none': libvirt will not notice when a host cannot
  provide it, and the guest then starts without the extension. Use check='full' or 'partial'.
examples:
  must-flag:
    - name: check none with required vmx
      domain: |
        <domain type='kvm'>
          ↓<cpu mode='custom' match='exact' check='none'>
            <model fallback='forbid'>Haswell</model>
            <feature policy='require' name='vmx'/>
          </cpu>
        </domain>
    - name: a missing policy means require
      domain: |
        <domain type='kvm'>
          ↓<cpu check='none'><model>EPYC</model><feature name='svm'/></cpu>
        </domain>
  must-not-flag:
    - name: check none without vmx or svm (libvirt's usual custom CPU)
      domain: |
        <domain type='qemu'><cpu mode='custom' match='exact' check='none'><model fallback='forbid'>qemu64</model></cpu></domain>
    - name: disabled vmx needs no check
      domain: |
        <domain type='kvm'><cpu check='none'><model>Haswell</model><feature policy='disable' name='vmx'/></cpu></domain>
    - name: check full
      domain: |
        <domain type='kvm'><cpu check='full'><model>Haswell</model><feature policy='require' name='vmx'/></cpu></domain>

"""#
        ),
        (
            "NL405-virt-extension-vendor-mismatch.yml",
            #"""
id: NL405
name: virt-extension-vendor-mismatch
severity: error
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
tags: [guest-cpu]
summary: The CPU definition names an AMD vendor or model with vmx, or an Intel one with svm.
rationale: >-
  vmx is Intel's virtualization extension and svm is AMD's (Hygon follows AMD). A custom CPU
  that names an AMD model (EPYC, Opteron, …) or `<vendor>AMD</vendor>` and asks for vmx, or an
  Intel model (Skylake, Haswell, …) with svm, asks for an extension that CPU never had: KVM
  cannot provide it on a host of the model's vendor, and the guest's kernel looks for the
  extension of the vendor it sees.
fix: >-
  Ask for the extension of the model's vendor (`svm` for AMD and Hygon models, `vmx` for Intel
  ones), or use `mode='host-model'`, which takes the right one from the host.
references:
  - https://libvirt.org/formatdomain.html#cpu-model-and-topology
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
select: >-
  cpu[not(@mode) or @mode='custom' or @mode='host-model']
    /feature[(@name='vmx' or @name='svm')
             and (not(@policy) or @policy='require' or @policy='force' or @policy='optional')]
capture:
  name: string(@name)
when:
  any:
    - all:
        - {fact: item.name, equals: vmx}
        - {fact: domain.cpu.vendor, equals: amd}
    - all:
        - {fact: item.name, equals: svm}
        - {fact: domain.cpu.vendor, equals: intel}
related: [domain.cpu.vendor]
message: >-
  The CPU definition names {domain.cpu.vendor} ({domain.cpu.vendor.location}) but asks for
  {item.name}, the other vendor's extension: that CPU never had it.
notes:
  - when: {fact: item.name, equals: vmx}
    text: "Use <feature policy='require' name='svm'/> for an AMD model."
  - when: {fact: item.name, equals: svm}
    text: "Use <feature policy='require' name='vmx'/> for an Intel model."
examples:
  must-flag:
    - name: EPYC with vmx
      domain: |
        <domain type='kvm'>
          <cpu mode='custom' match='exact'>
            <model fallback='forbid'>EPYC-Rome</model>
            ↓<feature policy='require' name='vmx'/>
          </cpu>
        </domain>
    - name: Intel vendor with svm, no policy
      domain: |
        <domain type='kvm'>
          <cpu>
            <model>qemu64</model>
            <vendor>Intel</vendor>
            ↓<feature name='svm'/>
          </cpu>
        </domain>
    - name: Opteron with vmx
      domain: |
        <domain type='kvm'><cpu><model>Opteron_G5</model>↓<feature policy='optional' name='vmx'/></cpu></domain>
  must-not-flag:
    - name: EPYC with svm
      domain: |
        <domain type='kvm'><cpu mode='custom'><model>EPYC</model><feature policy='require' name='svm'/></cpu></domain>
    - name: a disabled extension is no request
      domain: |
        <domain type='kvm'><cpu mode='custom'><model>EPYC</model><feature policy='disable' name='vmx'/></cpu></domain>
    - name: a generic model takes the host's vendor
      domain: |
        <domain type='kvm'><cpu mode='custom'><model>qemu64</model><feature policy='require' name='vmx'/></cpu></domain>
    - name: host-passthrough ignores the model
      domain: |
        <domain type='kvm'><cpu mode='host-passthrough'><model>EPYC</model><feature policy='require' name='vmx'/></cpu></domain>
    - name: svme-addr-chk on an Intel model is not svm
      domain: |
        <domain type='kvm'><cpu><model>Skylake-Server</model><feature policy='require' name='svme-addr-chk'/></cpu></domain>

"""#
        ),
        (
            "NL406-host-cpu-model-on-migratable-guest.yml",
            #"""
id: NL406
name: host-cpu-model-on-migratable-guest
severity: warning
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate]
tags: [guest-cpu, migration]
summary: "`mode='host-passthrough'` or `mode='maximum'` on a domain that must migrate: only safe between identical hosts."
rationale: >-
  host-passthrough (and maximum, which behaves like it under KVM) gives the guest the exact CPU
  of the host it started on. libvirt does not compare that CPU with the destination's, so a
  migration to a host that differs in CPU model, microcode, kernel or QEMU version can succeed
  and then leave the guest on a CPU whose features changed under it (crashes or hangs). The
  guide's host-model mode is migratable between similar hosts. Saving and restoring on the
  same host is not affected.
fix: >-
  Use `<cpu mode='host-model'/>`, or a named custom model that every host of the migration
  pool supports; keep host-passthrough only for guests pinned to one host, or hosts that are
  identical in hardware, microcode and software. If the guest must not migrate, say so with
  `<nestlint:intent operations='save snapshot'/>` in its metadata.
references:
  - https://libvirt.org/formatdomain.html#cpu-model-and-topology
  - https://libvirt.org/migration.html
select: cpu[@mode='host-passthrough' or @mode='maximum']
capture:
  mode: string(@mode)
message: >-
  mode='{item.mode}' gives this guest the exact CPU of the host it starts on, and libvirt does
  not check the destination's CPU on migration: migrating is only safe between hosts identical
  in CPU model, microcode, kernel and QEMU. Use mode='host-model' for a guest that must migrate.
examples:
  must-flag:
    - name: host-passthrough
      domain: |
        <domain type='kvm'>
          <name>vm</name>
          ↓<cpu mode='host-passthrough' check='none' migratable='on'/>
        </domain>
    - name: maximum
      domain: |
        <domain type='kvm'>
          ↓<cpu mode='maximum'>
            <topology sockets='1' cores='4' threads='1'/>
          </cpu>
        </domain>
    - name: intent requires migration
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor" operations="migrate"/></metadata>
          ↓<cpu mode='host-passthrough'/>
        </domain>
  must-not-flag:
    - name: host-model
      domain: |
        <domain type='kvm'><cpu mode='host-model'/></domain>
    - name: a guest that must only be saved
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" operations="save snapshot"/></metadata>
          <cpu mode='host-passthrough'/>
        </domain>
    - name: no operation required
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" operations=""/></metadata>
          <cpu mode='host-passthrough'/>
        </domain>

"""#
        ),
        (
            "NL407-non-migratable-host-cpu.yml",
            #"""
id: NL407
name: non-migratable-host-cpu
severity: error
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [guest-cpu, migration]
summary: "`host-passthrough` or `maximum` with `migratable='off'` on a domain that must migrate or save."
rationale: >-
  `migratable='off'` (host-passthrough and maximum only) tells QEMU to keep every host CPU
  feature, including those known to block migration, invariant TSC (invtsc) above all. QEMU
  then registers a migration blocker on hosts that have such a feature, and libvirt refuses to
  migrate the guest, save it (virsh save, managedsave) or take a memory snapshot, since all of
  them use the same migration stream. With `migratable='on'` (QEMU's default for the host
  model) those features are filtered out.
fix: >-
  Set `migratable='on'` (or remove the attribute), or use `mode='host-model'`. If the guest
  really needs invtsc, set a fixed TSC frequency with `<clock><timer name='tsc'
  frequency='…'/></clock>` and migrate only between hosts with the same TSC rate.
references:
  - https://libvirt.org/formatdomain.html#cpu-model-and-topology
  - https://github.com/qemu/qemu/commit/120eee7d1fdb2eba15766cfff7b9bcdc902690b4
select: cpu[(@mode='host-passthrough' or @mode='maximum') and @migratable='off']
capture:
  mode: string(@mode)
message: >-
  mode='{item.mode}' with migratable='off' keeps host CPU features that block migration (such as
  invtsc), so QEMU refuses to migrate or save this guest and libvirt cannot take a memory
  snapshot (blocks migrate, save, snapshot). Set migratable='on' or use mode='host-model'.
examples:
  must-flag:
    - name: host-passthrough, migratable off
      domain: |
        <domain type='kvm'>
          ↓<cpu mode='host-passthrough' check='none' migratable='off'>
            <topology sockets='1' dies='1' cores='4' threads='2'/>
          </cpu>
        </domain>
    - name: maximum, migratable off, in a live status
      bundle:
        run/libvirt/qemu/vm.xml: |
          <domstatus state='running'>
            <domain type='kvm' id='7'>
              <name>vm</name>
              ↓<cpu mode='maximum' migratable='off'/>
            </domain>
          </domstatus>
    - name: only save is required, and save is blocked too
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" operations="save"/></metadata>
          ↓<cpu mode='maximum' migratable='off'/>
        </domain>
  must-not-flag:
    - name: migratable on
      domain: |
        <domain type='kvm'><cpu mode='host-passthrough' migratable='on'/></domain>
    - name: migratable absent
      domain: |
        <domain type='kvm'><cpu mode='maximum'/></domain>
    - name: no operation required
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor" operations=""/></metadata>
          <cpu mode='host-passthrough' migratable='off'/>
        </domain>

"""#
        ),
        (
            "NL408-hyperv-passthrough.yml",
            #"""
id: NL408
name: hyperv-passthrough
severity: error
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [guest-cpu, migration]
summary: "`<hyperv mode='passthrough'/>`, or `hv-no-nonarch-coresharing=auto` on the QEMU command line: QEMU registers a migration blocker."
rationale: >-
  `<features><hyperv mode='passthrough'/></features>` makes libvirt start QEMU with
  `hv-passthrough`, which enables every Hyper-V enlightenment the host kernel offers; the set
  differs between hosts, so QEMU registers a migration blocker ("'hv-passthrough' CPU flag
  prevents migration, use explicit set of hv-* flags instead"). `hv-no-nonarch-coresharing=auto`
  passed through `<qemu:commandline>` does the same. The blocker stops live migration, virsh
  save and managedsave, and memory snapshots alike.
fix: >-
  Use `<hyperv mode='custom'>` with the enlightenments listed one by one (relaxed, vapic,
  spinlocks, vpindex, synic, stimer, …), and `hv-no-nonarch-coresharing=on` instead of `auto`.
references:
  - https://libvirt.org/formatdomain.html#hypervisor-features
  - https://www.qemu.org/docs/master/system/i386/hyperv.html
select: >-
  features/hyperv[@mode='passthrough']
  | *[local-name()='commandline' and namespace-uri()='http://libvirt.org/schemas/domain/qemu/1.0']
      /*[local-name()='arg' and contains(@value, 'hv-no-nonarch-coresharing=auto')]
message: "QEMU registers a migration blocker for this domain, so it cannot be migrated, saved or snapshotted with memory:"
notes:
  - when: {fact: item.element, equals: hyperv}
    text: "<hyperv mode='passthrough'/> enables every Hyper-V enlightenment of this host (hv-passthrough). List them with <hyperv mode='custom'> instead."
  - when: {fact: item.element, not-equals: hyperv}
    text: "hv-no-nonarch-coresharing=auto on the QEMU command line prevents migration; use hv-no-nonarch-coresharing=on."
examples:
  must-flag:
    - name: hyperv passthrough
      domain: |
        <domain type='kvm'>
          <features>
            <acpi/>
            ↓<hyperv mode='passthrough'/>
          </features>
        </domain>
    - name: hv-no-nonarch-coresharing=auto on the command line
      domain: |
        <domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
          <qemu:commandline>
            <qemu:arg value='-cpu'/>
            ↓<qemu:arg value='host,hv-passthrough=off,hv-no-nonarch-coresharing=auto'/>
          </qemu:commandline>
        </domain>
  must-not-flag:
    - name: custom enlightenments
      domain: |
        <domain type='kvm'>
          <features>
            <hyperv mode='custom'><relaxed state='on'/><vapic state='on'/></hyperv>
          </features>
        </domain>
    - name: coresharing on
      domain: |
        <domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
          <qemu:commandline><qemu:arg value='host,hv-no-nonarch-coresharing=on'/></qemu:commandline>
        </domain>
    - name: no operation required
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" operations=""/></metadata>
          <features><hyperv mode='passthrough'/></features>
        </domain>

"""#
        ),
        (
            "NL501-pci-passthrough.yml",
            #"""
id: NL501
name: pci-passthrough
severity: error
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [migration]
summary: A PCI device is passed through (`<hostdev mode='subsystem' type='pci'>`) without `<teaming type='transient'/>`.
rationale: >-
  A device assigned with VFIO keeps its state in the hardware, where QEMU cannot copy it.
  libvirt refuses to migrate the domain ("cannot migrate a domain with <hostdev
  mode='subsystem' type='pci'>"), or QEMU reports a VFIO migration blocker, unless the device
  and its host driver support VFIO migration (few do). virsh save, managedsave and memory
  snapshots go through the same check. The exception is a network VF declared as the
  transient half of a failover pair (`<teaming type='transient'/>`): QEMU unplugs it before
  migration and the guest keeps its network over the paired virtio interface.
fix: >-
  Detach the device before migrating or saving (virsh detach-device), and attach it again
  afterwards. For a network VF, pair it with a virtio interface: give the virtio interface
  `<teaming type='persistent'/>` and the VF `<teaming type='transient' persistent='ALIAS'/>`.
  If the guest must stay on its host, say so with `<nestlint:intent operations=''/>`.
references:
  - https://libvirt.org/formatdomain.html#host-device-assignment
  - https://libvirt.org/formatdomain.html#teaming-a-virtio-hostdev-nic-pair
  - https://libvirt.org/migration.html
select: devices/hostdev[(@mode='subsystem' or not(@mode)) and @type='pci' and not(teaming[@type='transient'])]
capture:
  address: >-
    substring(concat(' (host device ', source/address/@domain, ':', source/address/@bus, ':',
      source/address/@slot, '.', source/address/@function, ')'), 1, 200 * boolean(source/address/@bus))
message: >-
  PCI device passthrough{item.address} blocks migrate, save and memory snapshots: libvirt refuses
  with "cannot migrate a domain with <hostdev mode='subsystem' type='pci'>". Detach it first, or
  make a network VF the transient half of a failover pair (<teaming type='transient' persistent='…'/>).
examples:
  must-flag:
    - name: a GPU passed through
      domain: |
        <domain type='kvm'>
          <devices>
            ↓<hostdev mode='subsystem' type='pci' managed='yes'>
              <source>
                <address domain='0x0000' bus='0x0b' slot='0x00' function='0x0'/>
              </source>
            </hostdev>
          </devices>
        </domain>
    - name: a persistent teaming element does not exempt a hostdev
      domain: |
        <domain type='kvm'>
          <devices>
            ↓<hostdev mode='subsystem' type='pci' managed='yes'>
              <source><address domain='0x0000' bus='0x03' slot='0x10' function='0x1'/></source>
              <teaming type='persistent'/>
            </hostdev>
          </devices>
        </domain>
  must-not-flag:
    - name: the transient half of a failover pair
      domain: |
        <domain type='kvm'>
          <devices>
            <interface type='bridge'>
              <mac address='00:11:22:33:44:55'/>
              <source bridge='br0'/>
              <model type='virtio'/>
              <alias name='ua-backup0'/>
              <teaming type='persistent'/>
            </interface>
            <hostdev mode='subsystem' type='pci' managed='yes'>
              <source><address domain='0x0000' bus='0x03' slot='0x10' function='0x1'/></source>
              <teaming type='transient' persistent='ua-backup0'/>
            </hostdev>
          </devices>
        </domain>
    - name: USB passthrough is another rule
      domain: |
        <domain type='kvm'><devices><hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source></hostdev></devices></domain>
    - name: the guest need not migrate or save
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="guest" operations=""/></metadata>
          <devices><hostdev mode='subsystem' type='pci'><source><address bus='0x0b' slot='0x00' function='0x0'/></source></hostdev></devices>
        </domain>

"""#
        ),
        (
            "NL502-hostdev-network-interface.yml",
            #"""
id: NL502
name: hostdev-network-interface
severity: error
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [migration]
summary: An SR-IOV network interface (`<interface type='hostdev'>`) without `<teaming type='transient'/>`.
rationale: >-
  `<interface type='hostdev'>` assigns a network VF to the guest with VFIO: it is PCI
  passthrough under another name, and libvirt refuses to migrate the domain ("cannot migrate a
  domain with <interface type='hostdev'>"); virsh save, managedsave and memory snapshots go
  through the same check. A VF that is the transient half of a failover pair
  (`<teaming type='transient' persistent='ALIAS'/>`) is unplugged by QEMU before migration and
  does not block it.
fix: >-
  Pair the VF with a virtio interface: the virtio interface gets `<teaming type='persistent'/>`
  and an alias, the VF `<teaming type='transient' persistent='ALIAS'/>`; or use a virtio
  interface alone (macvtap or a bridge on the VF).
references:
  - https://libvirt.org/formatdomain.html#teaming-a-virtio-hostdev-nic-pair
  - https://libvirt.org/formatdomain.html#pci-passthrough
select: devices/interface[@type='hostdev' and not(teaming[@type='transient'])]
capture:
  mac: substring(concat(' (MAC ', mac/@address, ')'), 1, 100 * boolean(mac/@address))
message: >-
  This SR-IOV interface{item.mac} is PCI passthrough: libvirt refuses to migrate, save or
  snapshot the domain ("cannot migrate a domain with <interface type='hostdev'>"). Make it the
  transient half of a failover pair (<teaming type='transient' persistent='…'/> beside a virtio
  interface with <teaming type='persistent'/>).
examples:
  must-flag:
    - name: a plain hostdev interface
      domain: |
        <domain type='kvm'>
          <devices>
            ↓<interface type='hostdev' managed='yes'>
              <mac address='52:54:00:6d:90:02'/>
              <source>
                <address type='pci' domain='0x0000' bus='0x00' slot='0x07' function='0x0'/>
              </source>
            </interface>
          </devices>
        </domain>
  must-not-flag:
    - name: the transient half of a failover pair, and its persistent virtio partner
      domain: |
        <domain type='kvm'>
          <devices>
            <interface type='network'>
              <source network='default'/>
              <mac address='00:11:22:33:44:55'/>
              <model type='virtio'/>
              <alias name='ua-backup0'/>
              <teaming type='persistent'/>
            </interface>
            <interface type='hostdev' managed='yes'>
              <mac address='00:11:22:33:44:55'/>
              <source><address type='pci' domain='0x0000' bus='0x00' slot='0x07' function='0x0'/></source>
              <teaming type='transient' persistent='ua-backup0'/>
            </interface>
          </devices>
        </domain>
    - name: a virtio interface
      domain: |
        <domain type='kvm'><devices><interface type='network'><source network='default'/><model type='virtio'/></interface></devices></domain>

"""#
        ),
        (
            "NL503-mdev-or-scsi-passthrough.yml",
            #"""
id: NL503
name: mdev-or-scsi-passthrough
severity: error
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [migration]
summary: A mediated device, SCSI device or SCSI host is passed through, or a hostdev uses `mode='capabilities'`.
rationale: >-
  libvirt refuses to migrate a domain with `<hostdev mode='subsystem' type='mdev'>` (vGPU and
  other mediated devices), `type='scsi'` (a host SCSI device), `type='scsi_host'` (vhost-scsi)
  or any `<hostdev mode='capabilities'>`: "cannot migrate a domain with <hostdev …>". virsh
  save, managedsave and memory snapshots go through the same check. With recent QEMU and
  libvirt a few mediated-device drivers support VFIO migration; QEMU then reports no blocker.
fix: >-
  Detach the device before migrating or saving; give the guest a virtual disk (virtio-scsi
  over the same LUN through `<disk type='block' device='lun'>`) instead of a SCSI hostdev; for
  a vGPU, check whether its driver supports migration on both hosts.
references:
  - https://libvirt.org/formatdomain.html#host-device-assignment
  - https://libvirt.org/drvnodedev.html#mediated-devices-mdevs
select: >-
  devices/hostdev[((@mode='subsystem' or not(@mode)) and (@type='mdev' or @type='scsi' or @type='scsi_host'))
                  or @mode='capabilities']
capture:
  mode: string(@mode)
  type: string(@type)
message: >-
  <hostdev mode='{item.mode|subsystem}' type='{item.type}'> blocks migrate, save and memory
  snapshots: libvirt refuses with "cannot migrate a domain with <hostdev …>". Detach it first.
notes:
  - when: {fact: item.type, equals: mdev}
    text: "A mediated device migrates only when its vendor driver supports VFIO migration on both hosts."
examples:
  must-flag:
    - name: a vGPU
      domain: |
        <domain type='kvm'>
          <devices>
            ↓<hostdev mode='subsystem' type='mdev' model='vfio-pci'>
              <source><address uuid='53764d0e-85a0-42b4-af5c-2046b460b1dc'/></source>
            </hostdev>
          </devices>
        </domain>
    - name: a SCSI disk and a vhost-scsi host
      domain: |
        <domain type='kvm'>
          <devices>
            ↓<hostdev mode='subsystem' type='scsi' managed='no'>
              <source><adapter name='scsi_host0'/><address bus='0' target='0' unit='0'/></source>
            </hostdev>
            ↓<hostdev mode='subsystem' type='scsi_host'>
              <source protocol='vhost' wwpn='naa.50014057667280d8'/>
            </hostdev>
          </devices>
        </domain>
    - name: capabilities mode
      domain: |
        <domain type='kvm'><devices>↓<hostdev mode='capabilities' type='storage'><source><block>/dev/sdf1</block></source></hostdev></devices></domain>
  must-not-flag:
    - name: PCI and USB are other rules
      domain: |
        <domain type='kvm'>
          <devices>
            <hostdev mode='subsystem' type='pci'><source><address bus='0x06' slot='0x12' function='0x5'/></source></hostdev>
            <hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source></hostdev>
          </devices>
        </domain>

"""#
        ),
        (
            "NL504-usb-passthrough.yml",
            #"""
id: NL504
name: usb-passthrough
severity: note
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [migration]
summary: A host USB device is passed through (`<hostdev mode='subsystem' type='usb'>`); migration is allowed but the destination needs the same device.
rationale: >-
  USB host devices are the one kind of hostdev libvirt lets migrate: QEMU re-attaches the
  device by vendor/product (or bus/address) on the destination. If the destination host has no
  such device, the guest arrives without it, or the migration or restore fails, depending on
  the `startupPolicy`.
fix: >-
  Make sure every destination host has the same device, or detach it before migrating; a
  network USB redirection (`<redirdev>`) does not tie the guest to one host.
references:
  - https://libvirt.org/formatdomain.html#usb-pci-scsi-devices
select: devices/hostdev[(@mode='subsystem' or not(@mode)) and @type='usb']
capture:
  device: >-
    concat(substring(concat(' ', source/vendor/@id, ':', source/product/@id), 1, 100 * boolean(source/vendor/@id)),
      substring(concat(' on bus ', source/address/@bus, ' device ', source/address/@device), 1, 100 * boolean(source/address/@bus)))
message: >-
  USB passthrough of host device{item.device}: libvirt allows migrating and saving this
  guest, but the destination (or the host it is restored on) must offer the same USB device.
examples:
  must-flag:
    - name: a USB device
      domain: |
        <domain type='kvm'>
          <devices>
            ↓<hostdev mode='subsystem' type='usb' managed='yes'>
              <source>
                <vendor id='0x046d'/>
                <product id='0xc52b'/>
              </source>
            </hostdev>
          </devices>
        </domain>
  must-not-flag:
    - name: redirected USB
      domain: |
        <domain type='kvm'><devices><redirdev bus='usb' type='spicevmc'/></devices></domain>

"""#
        ),
        (
            "NL505-virtiofs-share.yml",
            #"""
id: NL505
name: virtiofs-share
severity: error
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [migration]
summary: A virtiofs share (`<filesystem>` with `<driver type='virtiofs'/>`) blocks migration and save; a warning when an external daemon serves it.
rationale: >-
  libvirt has long refused to migrate a domain with a virtiofs filesystem ("migration with
  virtiofs device is not supported"), and virsh save, managedsave and memory snapshots use the
  same check. Recent libvirt accepts it when the share is served by an externally started
  virtiofsd (`<source socket='…'/>`) or when the virtiofsd libvirt starts advertises migration
  support (migrate-precopy); virtiofsd never copies the shared files, so both hosts must export
  the same directory. A share with an external daemon is therefore only a warning.
fix: >-
  Unmount and detach the share before migrating or saving, or move to a libvirt and virtiofsd
  that support virtiofs migration and export the same directory (a shared file system) on
  every host. For a guest that never migrates, say so with `<nestlint:intent operations=''/>`.
references:
  - https://libvirt.org/kbase/virtiofs.html
  - https://gitlab.com/virtio-fs/virtiofsd/-/blob/main/doc/migration.md
select: devices/filesystem[driver/@type='virtiofs']
capture:
  target: string(target/@dir)
  socket: boolean(source/@socket)
severity-when:
  - when: {fact: item.socket, is: true}
    severity: warning
message: "The virtiofs share '{item.target}' blocks migrate, save and memory snapshots on most libvirt releases (\"migration with virtiofs device is not supported\")."
notes:
  - when: {fact: item.socket, is: true}
    text: "It is served by an externally started virtiofsd (source socket): recent libvirt lets it migrate, provided the daemon on both hosts supports migration and exports the same directory."
  - when: {fact: item.socket, is: false}
    text: "Detach it before migrating or saving, or use a libvirt and virtiofsd with virtiofs migration support and a shared directory."
examples:
  must-flag:
    - name: libvirt starts the daemon
      domain: |
        <domain type='kvm'>
          <memoryBacking><source type='memfd'/><access mode='shared'/></memoryBacking>
          <devices>
            ↓<filesystem type='mount' accessmode='passthrough'>
              <driver type='virtiofs' queue='1024'/>
              <binary path='/usr/libexec/virtiofsd' xattr='on'/>
              <source dir='/srv/share'/>
              <target dir='share'/>
            </filesystem>
          </devices>
        </domain>
    - name: an external daemon is a warning
      domain: |
        <domain type='kvm'>
          <devices>
            ↓<filesystem type='mount'>
              <driver type='virtiofs'/>
              <source socket='/run/virtiofsd/share.sock'/>
              <target dir='share'/>
            </filesystem>
          </devices>
        </domain>
  must-not-flag:
    - name: 9p is another rule
      domain: |
        <domain type='kvm'><devices><filesystem type='mount'><driver type='path'/><source dir='/srv'/><target dir='srv'/></filesystem></devices></domain>
    - name: no operation required
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" operations=""/></metadata>
          <devices><filesystem type='mount'><driver type='virtiofs'/><source dir='/srv'/><target dir='srv'/></filesystem></devices>
        </domain>

"""#
        ),
        (
            "NL506-9p-share.yml",
            #"""
id: NL506
name: 9p-share
severity: warning
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [migration]
summary: A 9p share (`<filesystem type='mount'>` whose driver is not virtiofs) blocks migration and save once the guest mounts it.
rationale: >-
  QEMU's 9p server (virtio-9p) cannot migrate the guest's open files: as soon as the guest
  mounts the share, QEMU registers a migration blocker ("Migration is disabled when VirtFS
  export path '…' is mounted in the guest using mount_tag '…'"), which stops live migration,
  virsh save, managedsave and memory snapshots until the guest unmounts it. A `<filesystem>`
  without a type is `type='mount'` to libvirt. `<driver type='mtp'/>` is QEMU's usb-mtp
  device, which QEMU marks as not migratable at all.
fix: >-
  Unmount the share in the guest before migrating or saving, or share the files over the
  network (NFS, SMB) instead; virtiofs is faster but has its own limits (NL505).
references:
  - https://libvirt.org/formatdomain.html#filesystems
  - https://wiki.qemu.org/Documentation/9psetup
select: devices/filesystem[(@type='mount' or not(@type)) and not(driver/@type='virtiofs')]
capture:
  target: string(target/@dir)
  driver: string(driver/@type)
message: "The 9p share '{item.target}' blocks migrate, save and memory snapshots while the guest has it mounted (QEMU registers a migration blocker on mount)."
notes:
  - when: {fact: item.driver, equals: mtp}
    text: "With driver type='mtp' it is QEMU's usb-mtp device, which QEMU never migrates."
examples:
  must-flag:
    - name: a default 9p share
      domain: |
        <domain type='kvm'>
          <devices>
            ↓<filesystem type='mount' accessmode='mapped'>
              <source dir='/export/to/guest'/>
              <target dir='/import/from/host'/>
            </filesystem>
          </devices>
        </domain>
    - name: no type means mount
      domain: |
        <domain type='kvm'>
          <devices>
            ↓<filesystem>
              <driver type='handle' wrpolicy='immediate'/>
              <source dir='/export'/>
              <target dir='export'/>
            </filesystem>
          </devices>
        </domain>
  must-not-flag:
    - name: virtiofs is another rule
      domain: |
        <domain type='kvm'><devices><filesystem type='mount'><driver type='virtiofs'/><source dir='/srv'/><target dir='srv'/></filesystem></devices></domain>
    - name: a RAM file system is no share
      domain: |
        <domain type='kvm'><devices><filesystem type='ram'><source usage='1024'/><target dir='/tmp'/></filesystem></devices></domain>

"""#
        ),
        (
            "NL507-invtsc-without-tsc-frequency.yml",
            #"""
id: NL507
name: invtsc-without-tsc-frequency
severity: error
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [guest-cpu, migration]
summary: The CPU asks for invariant TSC (`invtsc`) and the clock sets no fixed TSC frequency.
rationale: >-
  An invariant TSC promises the guest a TSC rate that never changes, which a migration to a
  host with another TSC rate would break. QEMU therefore blocks migration of a guest with
  invtsc unless the TSC frequency is set explicitly, and libvirt refuses first ("domain has
  'invtsc' CPU feature but TSC frequency is not specified"). virsh save, managedsave and memory
  snapshots use the same check.
fix: >-
  Add `<clock><timer name='tsc' frequency='HZ'/></clock>` with the host's TSC rate (and migrate
  only between hosts that run at it, or that support TSC scaling), or drop the invtsc feature.
references:
  - https://libvirt.org/formatdomain.html#time-keeping
  - https://libvirt.org/formatdomain.html#cpu-model-and-topology
select: >-
  cpu/feature[@name='invtsc'
              and (not(@policy) or @policy='require' or @policy='force' or @policy='optional')
              and not(../../clock/timer[@name='tsc' and @frequency])]
capture:
  policy: string(@policy)
message: >-
  invtsc is requested but no <timer name='tsc' frequency='…'/> fixes the TSC rate: libvirt
  refuses to migrate, save or snapshot this guest ("domain has 'invtsc' CPU feature but TSC
  frequency is not specified"). Set the TSC frequency in <clock> or drop invtsc.
examples:
  must-flag:
    - name: invtsc without a frequency
      domain: |
        <domain type='kvm'>
          <cpu mode='host-passthrough'>
            ↓<feature policy='require' name='invtsc'/>
          </cpu>
          <clock offset='utc'>
            <timer name='tsc' present='yes'/>
          </clock>
        </domain>
    - name: a missing policy means require
      domain: |
        <domain type='kvm'><cpu><model>Haswell</model>↓<feature name='invtsc'/></cpu></domain>
  must-not-flag:
    - name: a fixed TSC frequency
      domain: |
        <domain type='kvm'>
          <cpu mode='host-passthrough'><feature policy='require' name='invtsc'/></cpu>
          <clock offset='utc'><timer name='tsc' frequency='3504000000'/></clock>
        </domain>
    - name: disabled invtsc
      domain: |
        <domain type='kvm'><cpu mode='host-model'><feature policy='disable' name='invtsc'/></cpu></domain>

"""#
        ),
        (
            "NL508-confidential-guest.yml",
            #"""
id: NL508
name: confidential-guest
severity: error
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [migration, confidential-computing]
summary: A confidential guest (`<launchSecurity type='sev'|'sev-snp'|'tdx'|'s390-pv'>`) cannot be migrated or saved.
rationale: >-
  The memory of an AMD SEV or SEV-SNP, Intel TDX or IBM Secure Execution (s390-pv) guest is
  encrypted with keys the host does not hold, so QEMU cannot copy it into a migration stream
  or a save file: it registers a migration blocker for such guests. Live migration, virsh save,
  managedsave and memory snapshots all fail.
fix: >-
  Treat the guest as pinned to its host (`<nestlint:intent operations=''/>` in its metadata
  documents that), and plan maintenance as shutdown and restart; confidential-guest migration
  is still being developed upstream.
references:
  - https://libvirt.org/kbase/launch_security_sev.html
  - https://libvirt.org/formatdomain.html#launch-security
select: launchSecurity[@type='sev' or @type='sev-snp' or @type='tdx' or @type='s390-pv']
capture:
  type: string(@type)
message: >-
  launchSecurity type='{item.type}' encrypts guest memory with keys the host does not hold:
  QEMU blocks migrate, save and memory snapshots of this guest.
examples:
  must-flag:
    - name: SEV
      domain: |
        <domain type='kvm'>
          ↓<launchSecurity type='sev'>
            <cbitpos>47</cbitpos>
            <reducedPhysBits>1</reducedPhysBits>
            <policy>0x0003</policy>
          </launchSecurity>
        </domain>
    - name: s390 protected virtualisation
      domain: |
        <domain type='kvm'>↓<launchSecurity type='s390-pv'/></domain>
  must-not-flag:
    - name: no launch security
      domain: |
        <domain type='kvm'><name>vm</name></domain>
    - name: no operation required
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" operations=""/></metadata>
          <launchSecurity type='tdx'/>
        </domain>

"""#
        ),
        (
            "NL509-tpm-passthrough.yml",
            #"""
id: NL509
name: tpm-passthrough
severity: error
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [migration]
summary: The guest uses the host's TPM (`<tpm><backend type='passthrough'>`), which cannot be migrated or saved.
rationale: >-
  With the passthrough backend the guest talks to the host's own TPM chip: its state lives in
  that hardware and cannot be copied into a migration stream or a save file, so QEMU does not
  migrate or save such a guest. The emulated TPM (swtpm, `backend type='emulator'`) keeps its
  state in files that libvirt migrates with the guest.
fix: >-
  Use `<tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm>` instead, which
  QEMU and libvirt can migrate.
references:
  - https://libvirt.org/formatdomain.html#tpm-device
  - https://www.qemu.org/docs/master/specs/tpm.html
select: devices/tpm[backend/@type='passthrough']
capture:
  device: substring(concat(' (', backend/device/@path, ')'), 1, 300 * boolean(backend/device/@path))
message: >-
  This TPM passes the host's TPM{item.device} through: its state cannot be migrated or saved,
  so migrate, save and memory snapshots are blocked. Use the emulated TPM (backend
  type='emulator') instead.
examples:
  must-flag:
    - name: host TPM
      domain: |
        <domain type='kvm'>
          <devices>
            ↓<tpm model='tpm-tis'>
              <backend type='passthrough'>
                <device path='/dev/tpm0'/>
              </backend>
            </tpm>
          </devices>
        </domain>
  must-not-flag:
    - name: swtpm
      domain: |
        <domain type='kvm'><devices><tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm></devices></domain>

"""#
        ),
        (
            "NL510-shared-memory-not-master.yml",
            #"""
id: NL510
name: shared-memory-not-master
severity: error
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [migration]
summary: An ivshmem device (`<shmem>`) whose `role` is not `master` (a missing role counts).
rationale: >-
  Only the master of an inter-VM shared memory region carries its contents in the migration
  stream; a peer would arrive on a host where the region's other users are missing. libvirt
  refuses ("shmem device '…' cannot be migrated, only shmem with role='master' can be
  migrated"), and QEMU's default for ivshmem is peer, so a `<shmem>` without `role` is not a
  master. virsh save, managedsave and memory snapshots use the same check.
fix: >-
  Give the guest that owns the region `role='master'`, and detach the peers (or shut them
  down) before migrating or saving them.
references:
  - https://libvirt.org/formatdomain.html#shared-memory-device
select: devices/shmem[not(@role='master')]
capture:
  name: string(@name)
  role: string(@role)
message: >-
  The shared memory device '{item.name}' is not role='master': libvirt refuses to migrate,
  save or snapshot this guest ("only shmem with role='master' can be migrated").
notes:
  - when: {fact: item.role, equals: ""}
    text: "It has no role attribute, and the default is peer."
examples:
  must-flag:
    - name: no role
      domain: |
        <domain type='kvm'>
          <devices>
            ↓<shmem name='shmem0'>
              <model type='ivshmem-plain'/>
              <size unit='M'>4</size>
            </shmem>
          </devices>
        </domain>
    - name: peer
      domain: |
        <domain type='kvm'><devices>↓<shmem name='shmem1' role='peer'><model type='ivshmem-doorbell'/><server path='/tmp/socket-shmem1'/></shmem></devices></domain>
  must-not-flag:
    - name: master
      domain: |
        <domain type='kvm'><devices><shmem name='shmem0' role='master'><model type='ivshmem-plain'/></shmem></devices></domain>

"""#
        ),
        (
            "NL511-vdpa-interface.yml",
            #"""
id: NL511
name: vdpa-interface
severity: warning
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [migration]
summary: A vDPA network interface (`<interface type='vdpa'>`) usually blocks migration and save.
rationale: >-
  A vDPA interface hands the virtqueues to a host device (`/dev/vhost-vdpa-N`). Older libvirt
  refuses to migrate it outright ("vDPA devices cannot be migrated"); newer libvirt asks QEMU,
  which migrates it only when the device and QEMU support it (shadow virtqueues or device
  state), and otherwise reports a migration blocker. virsh save, managedsave and memory
  snapshots use the same path.
fix: >-
  Check that both hosts' QEMU and vDPA devices support vDPA migration, or use a virtio
  interface on a bridge or macvtap for guests that must migrate.
references:
  - https://libvirt.org/formatdomain.html#vdpa-devices
select: devices/interface[@type='vdpa']
capture:
  device: string(source/@dev)
message: >-
  The vDPA interface ({item.device}) blocks migrate, save and memory snapshots unless both
  QEMU and the vDPA device support migrating it.
examples:
  must-flag:
    - name: vdpa
      domain: |
        <domain type='kvm'>
          <devices>
            ↓<interface type='vdpa'>
              <mac address='52:54:00:95:db:c0'/>
              <source dev='/dev/vhost-vdpa-0'/>
              <model type='virtio'/>
            </interface>
          </devices>
        </domain>
  must-not-flag:
    - name: vhost-user is another rule
      domain: |
        <domain type='kvm'><devices><interface type='vhostuser'><source type='unix' path='/tmp/vhost.sock' mode='server'/><model type='virtio'/></interface></devices></domain>

"""#
        ),
        (
            "NL512-transient-disk.yml",
            #"""
id: NL512
name: transient-disk
severity: error
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [migration]
summary: A disk marked `<transient/>` blocks migration and save.
rationale: >-
  libvirt implements a transient disk with a temporary overlay that is thrown away when the
  guest stops; the overlay exists only on this host, so libvirt refuses to migrate the guest
  ("migration with transient disk is not supported"), and virsh save, managedsave and memory
  snapshots use the same check.
fix: >-
  Remove `<transient/>` and reset the disk another way (an external snapshot you revert, or a
  fresh copy of the image at boot), or keep the guest on its host.
references:
  - https://libvirt.org/formatdomain.html#hard-drives-floppy-disks-cdroms
select: devices/disk[transient]
capture:
  target: string(target/@dev)
message: >-
  Disk {item.target} is transient: libvirt refuses to migrate, save or snapshot this guest
  ("migration with transient disk is not supported").
examples:
  must-flag:
    - name: transient disk
      domain: |
        <domain type='kvm'>
          <devices>
            ↓<disk type='file' device='disk'>
              <driver name='qemu' type='qcow2'/>
              <source file='/var/lib/libvirt/images/scratch.qcow2'/>
              <target dev='vdb' bus='virtio'/>
              <transient/>
            </disk>
          </devices>
        </domain>
  must-not-flag:
    - name: read-only disk
      domain: |
        <domain type='kvm'><devices><disk type='file' device='cdrom'><source file='/iso/x.iso'/><target dev='sda' bus='sata'/><readonly/></disk></devices></domain>

"""#
        ),
        (
            "NL513-non-migratable-image-format.yml",
            #"""
id: NL513
name: non-migratable-image-format
severity: error
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [migration, storage]
summary: A disk image in a format QEMU cannot migrate (vmdk, vhdx, vdi, qcow version 1, parallels; vpc unverified).
rationale: >-
  QEMU's drivers for images from other hypervisors (VMware vmdk, Hyper-V vhdx, VirtualBox vdi,
  Parallels) and for the legacy qcow (version 1) format register a migration blocker when the
  image is opened ("The … format used by node '…' does not support live migration"), which
  also stops virsh save, managedsave and memory snapshots. The same is believed to hold for
  vpc (Virtual PC, VHD), which is not verified for every QEMU release.
fix: >-
  Convert the image to qcow2 or raw (`qemu-img convert -O qcow2 in.vmdk out.qcow2`) and point
  the disk's `<driver type=…>` and `<source>` at the converted image.
references:
  - https://www.qemu.org/docs/master/system/images.html
  - https://www.qemu.org/docs/master/tools/qemu-img.html
select: devices/disk/driver[@type='vmdk' or @type='vhdx' or @type='vdi' or @type='qcow' or @type='parallels' or @type='vpc']
capture:
  format: string(@type)
  target: string(../target/@dev)
message: >-
  Disk {item.target} uses the {item.format} image format: QEMU registers a migration blocker
  for it, so migrate, save and memory snapshots are refused. Convert it to qcow2 or raw.
notes:
  - when: {fact: item.format, equals: vpc}
    text: "(For vpc this is not verified on every QEMU release.)"
examples:
  must-flag:
    - name: a VMware image
      domain: |
        <domain type='kvm'>
          <devices>
            <disk type='file' device='disk'>
              ↓<driver name='qemu' type='vmdk'/>
              <source file='/var/lib/libvirt/images/appliance.vmdk'/>
              <target dev='sda' bus='sata'/>
            </disk>
          </devices>
        </domain>
    - name: qcow version 1
      domain: |
        <domain type='kvm'><devices><disk type='file' device='disk'>↓<driver name='qemu' type='qcow'/><source file='/old.qcow'/><target dev='vda' bus='virtio'/></disk></devices></domain>
  must-not-flag:
    - name: qcow2 and raw
      domain: |
        <domain type='kvm'>
          <devices>
            <disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/a.qcow2'/><target dev='vda' bus='virtio'/></disk>
            <disk type='block' device='disk'><driver name='qemu' type='raw'/><source dev='/dev/sdb'/><target dev='vdb' bus='virtio'/></disk>
          </devices>
        </domain>

"""#
        ),
        (
            "NL514-virgl-3d-acceleration.yml",
            #"""
id: NL514
name: virgl-3d-acceleration
severity: error
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate, save, snapshot]
tags: [migration]
summary: Virtio video with 3D acceleration (virgl), or an OpenGL display with virtio video, blocks migration and save.
rationale: >-
  With `<acceleration accel3d='yes'/>` the virtio GPU renders through virglrenderer on the
  host, whose state QEMU cannot migrate: QEMU registers a migration blocker ("virgl is not yet
  migratable"). A `<graphics>` with `<gl enable='yes'/>` beside a virtio video device gives
  the same result on QEMU releases that turn virgl on by default when the display has OpenGL.
  virsh save, managedsave and memory snapshots are blocked with it.
fix: >-
  Use `accel3d='no'` (or remove the acceleration element) and `<gl enable='no'/>` for guests
  that must migrate or be saved, or keep 3D guests on their host.
references:
  - https://libvirt.org/formatdomain.html#video-devices
  - https://libvirt.org/formatdomain.html#graphical-framebuffers
select: >-
  devices/video[model[@type='virtio']/acceleration[@accel3d='yes']]
  | devices/graphics[gl[@enable='yes'] and ../video/model[@type='virtio']]
capture:
  type: string(@type)
message: "3D acceleration (virgl) cannot be migrated: QEMU blocks migrate, save and memory snapshots of this guest."
notes:
  - when: {fact: item.element, equals: video}
    text: "This virtio video device has accel3d='yes'; use accel3d='no' for a guest that must migrate."
  - when: {fact: item.element, equals: graphics}
    text: "This {item.type} display enables OpenGL with a virtio video device; use <gl enable='no'/> for a guest that must migrate."
examples:
  must-flag:
    - name: virgl with an OpenGL SPICE display
      domain: |
        <domain type='kvm'>
          <devices>
            ↓<graphics type='spice'>
              <listen type='none'/>
              <gl enable='yes' rendernode='/dev/dri/renderD128'/>
            </graphics>
            ↓<video>
              <model type='virtio' heads='1' primary='yes'>
                <acceleration accel3d='yes'/>
              </model>
            </video>
          </devices>
        </domain>
    - name: virgl without a display
      domain: |
        <domain type='kvm'><devices>↓<video><model type='virtio'><acceleration accel3d='yes'/></model></video></devices></domain>
  must-not-flag:
    - name: 2D virtio
      domain: |
        <domain type='kvm'><devices><graphics type='vnc'/><video><model type='virtio' heads='1'/></video></devices></domain>
    - name: OpenGL display with QXL video
      domain: |
        <domain type='kvm'><devices><graphics type='spice'><gl enable='yes'/></graphics><video><model type='qxl'/></video></devices></domain>
    - name: accel3d on a non-virtio model
      domain: |
        <domain type='kvm'><devices><video><model type='vga'><acceleration accel3d='yes'/></model></video></devices></domain>

"""#
        ),
        (
            "NL518-destination-resource-dependency.yml",
            #"""
id: NL518
name: destination-resource-dependency
severity: note
scope: domain
reads: [domain-xml, live-domain-xml, dumped-domain-xml]
blocks: [migrate]
tags: [migration]
summary: "Hugepages, an nvdimm with a backing path, evdev input passthrough or a vhost-user device: the destination must offer the same resource."
rationale: >-
  These devices migrate, but they bind the guest to a resource of the host it runs on: free
  hugepages of the right size (on the right NUMA node), the nvdimm's backing file at the same
  path, the same `/dev/input/event*` device, or a vhost-user backend (a DPDK switch, a
  vhost-user-blk or GPU daemon) listening on the same socket. A destination without it makes
  the migration fail at the start, or the guest arrive without the device.
fix: >-
  Make sure every migration destination provides the resource (reserve hugepages, copy or
  share the nvdimm file, run the same vhost-user backend), or detach the device before
  migrating.
references:
  - https://libvirt.org/formatdomain.html#memory-backing
  - https://libvirt.org/formatdomain.html#memory-devices
  - https://libvirt.org/formatdomain.html#input-devices
  - https://libvirt.org/formatdomain.html#vhost-user-interface
select: >-
  memoryBacking/hugepages
  | devices/memory[@model='nvdimm' and source/path]
  | devices/input[@type='evdev']
  | devices/interface[@type='vhostuser']
  | devices/disk[@type='vhostuser']
  | devices/video[driver/@name='vhostuser']
capture:
  path: string((source/path | source/@dev)[1])
  socket: substring(concat(' (socket ', source/@path, ')'), 1, 300 * boolean(source/@path))
message: "The migration destination must offer the same resource:"
notes:
  - when: {fact: item.element, equals: hugepages}
    text: "this guest's memory is backed by hugepages, so the destination needs enough free hugepages of the same size."
  - when: {fact: item.element, equals: memory}
    text: "the nvdimm is backed by {item.path}, which must exist at the same path on the destination (a shared file, or a copy)."
  - when: {fact: item.element, equals: input}
    text: "the evdev input device {item.path} must exist on the destination."
  - when: {fact: item.element, in: [interface, disk, video]}
    text: "this vhost-user {item.element} needs the same vhost-user backend on the destination{item.socket}."
examples:
  must-flag:
    - name: hugepages and an nvdimm
      domain: |
        <domain type='kvm'>
          <memoryBacking>
            ↓<hugepages>
              <page size='2048' unit='KiB'/>
            </hugepages>
          </memoryBacking>
          <devices>
            ↓<memory model='nvdimm'>
              <source><path>/srv/nvdimm0</path></source>
              <target><size unit='KiB'>524288</size><node>0</node></target>
            </memory>
          </devices>
        </domain>
    - name: evdev and vhost-user
      domain: |
        <domain type='kvm'>
          <devices>
            ↓<input type='evdev'>
              <source dev='/dev/input/event1' grab='all' repeat='on'/>
            </input>
            ↓<interface type='vhostuser'>
              <source type='unix' path='/run/openvswitch/vhu0' mode='server'/>
              <model type='virtio'/>
            </interface>
            ↓<disk type='vhostuser' device='disk'>
              <driver name='qemu' type='raw'/>
              <source type='unix' path='/tmp/vhost-blk.sock'/>
              <target dev='vdb' bus='virtio'/>
            </disk>
          </devices>
        </domain>
  must-not-flag:
    - name: plain memory and a DIMM without a path
      domain: |
        <domain type='kvm'>
          <memoryBacking><source type='memfd'/></memoryBacking>
          <devices><memory model='dimm'><target><size unit='KiB'>524288</size><node>0</node></target></memory></devices>
        </domain>
    - name: migration not required
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" operations="save snapshot"/></metadata>
          <memoryBacking><hugepages/></memoryBacking>
        </domain>

"""#
        ),
        (
            "NL703-nested-guests-block-parent-migration.yml",
            #"""
id: NL703
name: nested-guests-block-parent-migration
severity: error
scope: host
reads: [cpuinfo, live-domain-xml, loaded-modules]
blocks: [migrate, save, snapshot]
tags: [cross-artifact, migration]
summary: This host is itself a virtual machine (L1) running its own KVM guests; its parent must not migrate or save it until they stop.
rationale: >-
  Migrating or saving an L1 while L2 guests run needs nested state support in the L0 kernel and
  QEMU: Intel since Linux 5.3 and QEMU 4.2; on AMD (Linux 5.8, QEMU 5.1) the kernel
  documentation still calls it undefined behaviour. The nested-virtualization guide ends with
  this limit: do not migrate or save the parent while a nested instance runs. An L1 merely
  configured for nesting, with no L2 running, migrates normally. The L0 versions are not in
  an L1's bundle, so on Intel this is a warning until they are known.
fix: >-
  Stop or migrate the L2 guests first (inside the L1), then migrate or save the L1; or keep the
  L1 pinned to its host. On Intel, make sure L0 runs Linux 5.3+ and QEMU 4.2+.
references:
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
  - https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation
  - https://www.linux-kvm.org/page/Nested_Guests
at: host.l2-running
related: [cpu.hypervisor]
when:
  all:
    - {fact: cpu.hypervisor, is: true}
    - {fact: host.l2-running, is: true}
severity-when:
  - when: {fact: cpu.vendor, equals: intel}
    severity: warning
message: >-
  This host is a virtual machine (cpuinfo has the hypervisor flag) running its own KVM guests:
  its parent must not migrate or save it while they run.
notes:
  - when: {fact: host.running-guests, at-least: 1}
    text: "Running now according to libvirt: {host.running-guests} (first: {host.running-guests.location})."
  - when: {fact: modules.vendor-users, at-least: 1}
    text: "lsmod shows {modules.vendor-users} user(s) of {host.vendor-module}."
examples:
  must-flag:
    - name: a running L2 in the live status
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm hypervisor\n"
        etc/libvirt/qemu/l2.xml: "<domain type='kvm'><name>l2</name></domain>\n"
        run/libvirt/qemu/l2.xml: |
          ↓<domstatus state='running' reason='booted' pid='4242'>
            <domain type='kvm' id='1'><name>l2</name></domain>
          </domstatus>
    - name: module users without libvirt
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm hypervisor\n"
        sos_commands/kernel/lsmod: |
          Module                  Size  Used by
          ↓kvm_intel             368640  2
          kvm                  1146880  1 kvm_intel
  must-not-flag:
    - name: an L1 with nesting configured but no L2 running
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm hypervisor\n"
        sos_commands/kernel/lsmod: |
          Module                  Size  Used by
          kvm_intel             368640  0
        etc/libvirt/qemu/l2.xml: "<domain type='kvm'><name>l2</name></domain>\n"
    - name: a bare-metal host running guests
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        run/libvirt/qemu/vm.xml: |
          <domstatus state='running'><domain type='kvm'><name>vm</name></domain></domstatus>
    - name: a stopped status is not a running guest
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm hypervisor\n"
        run/libvirt/qemu/vm.xml: |
          <domstatus state='paused'><domain type='kvm'><name>vm</name></domain></domstatus>

"""#
        ),
        (
            "NL704-virtual-host-without-virt-extension.yml",
            #"""
id: NL704
name: virtual-host-without-virt-extension
severity: error
scope: host
reads: [cpuinfo, domain-xml]
tags: [cross-artifact]
summary: This host is a virtual machine (L1) that defines KVM guests, but its CPU has neither vmx nor svm.
rationale: >-
  Inside a virtual machine, KVM needs the parent (L0) to expose vmx or svm. This is the guide's
  `egrep "svm|vmx" /proc/cpuinfo` check run inside the instance: with neither flag, the guests
  this host defines with type='kvm' cannot start (or fall back to slow emulation).
fix: >-
  On the parent: enable nesting in its KVM module (NL203) and give this VM
  `<cpu mode='host-model'/>` or `host-passthrough`, then restart this VM.
references:
  - https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
at: cpu.virt-extension
related: [host.kvm-domains]
when:
  all:
    - {fact: cpu.hypervisor, is: true}
    - {fact: cpu.virt-extension, is: false}
    - {fact: host.kvm-domains, at-least: 1}
message: >-
  This host is a virtual machine and defines {host.kvm-domains} KVM guest(s) (first:
  {host.kvm-domains.location}), but its CPU has neither vmx nor svm: the parent does not expose
  the virtualization extension.
examples:
  must-flag:
    - name: L1 without the extension
      bundle:
        proc/cpuinfo: |
          processor	: 0
          vendor_id	: GenuineIntel
          ↓flags		: fpu vme lm hypervisor
        etc/libvirt/qemu/l2.xml: "<domain type='kvm'><name>l2</name></domain>\n"
  must-not-flag:
    - name: L1 with vmx
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm hypervisor\n"
        etc/libvirt/qemu/l2.xml: "<domain type='kvm'><name>l2</name></domain>\n"
    - name: a TCG guest needs no extension
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: lm hypervisor\n"
        etc/libvirt/qemu/l2.xml: "<domain type='qemu'><name>l2</name></domain>\n"
    - name: a VM that defines no guests
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: lm hypervisor\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"
    - name: the extension on only some CPUs counts as missing, but svme-addr-chk is not svm
      bundle:
        proc/cpuinfo: |
          processor	: 0
          vendor_id	: AuthenticAMD
          flags		: svm lm hypervisor
        etc/libvirt/qemu/l2.xml: "<domain type='kvm'><name>l2</name></domain>\n"

"""#
        ),
        (
            "data/module-parameters.yml",
            #"""
# Known parameters of the KVM modules and their kernel types (kernel/params.c semantics).
# NL104, NL105 and NL106 read this table; nestlint's facts use it to turn a value into true/false.
source: >-
  Linux 6.12: arch/x86/kvm/vmx/vmx.c, arch/x86/kvm/svm/svm.c, arch/x86/kvm/x86.c,
  arch/s390/kvm/kvm-s390.c, arch/powerpc/kvm/book3s_hv.c
modules:
  kvm_intel:
    nested: bool
  kvm_amd:
    nested: int
  kvm:
    nested: int
  kvm_hv:
    nested: bool

"""#
        ),
    ]
}
