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
reads: [domain-xml]
tags: [guest-cpu]
summary: A domain meant to host its own guests (intent role hypervisor) cannot offer vmx/svm to them.
rationale: >-
  A guest sees vmx (Intel) or svm (AMD) only when its CPU definition passes it through. With no
  `<cpu>` element libvirt gives QEMU's default model, and `mode='custom'` lists only the
  features it names, so without a vmx/svm feature (policy require, force or optional) the guest
  cannot run KVM itself. The nested-virtualization guide uses `host-model` or
  `host-passthrough` for that reason.
fix: >-
  Use `<cpu mode='host-model'/>` (migratable between similar hosts) or
  `<cpu mode='host-passthrough'/>`, or add `<feature policy='require' name='vmx'/>`
  (`svm` on AMD) to the custom CPU.
references:
  - https://libvirt.org/formatdomain.html#cpu-model-and-topology
  - https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation
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
message: "This domain's intent role is hypervisor, but its CPU cannot offer vmx/svm to its own guests:"
notes:
  - when: {fact: item.element, equals: domain}
    text: "it has no <cpu> element, so QEMU's default model applies. Add <cpu mode='host-model'/> or <cpu mode='host-passthrough'/>."
  - when: {fact: item.element, equals: cpu}
    text: "the custom CPU ({item.model|no model}) names no vmx or svm feature. Use mode='host-model' or 'host-passthrough', or add <feature policy='require' name='vmx'/> (svm on AMD)."
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
