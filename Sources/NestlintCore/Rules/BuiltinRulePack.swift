// Generated from rules/ by `NESTLINT_REGENERATE=1 swift test --filter BuiltinRulePack`;
// a test fails when this file is stale. Do not edit by hand.

/// The built-in rule pack, embedded so that an installed binary works without the source
/// tree: the files as text (for `rules explain`), and the rules and the parameter table read
/// from them when this file was generated, so that start-up parses no YAML. A test checks
/// that they are what `RuleLoader` and `ModuleParameterTable` read from the files; user
/// rule packs are read with those at run time.
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
message: "XML refused: {item.message}. The file was not linted (nestlint never repairs XML)."
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
            "NL003-unused-suppression.yml",
            #"""
id: NL003
name: unused-suppression
severity: note
scope: artifact
reads: [domain-xml, modprobe-config]
tags: [input-integrity, suppression]
summary: A nestlint-ignore comment silences nothing (no matching finding on the next line, an unknown rule id, or no reason).
rationale: >-
  Inline suppressions must stay true: once the problem below a `nestlint-ignore` comment is
  fixed or moved, the comment would silently swallow a future, different finding on that line.
  A suppression without a reason does not apply at all, because a silenced finding must say
  why it is acceptable.
fix: >-
  Delete the comment, move it to the line directly above the flagged line, fix the rule id, or
  add the reason: `nestlint-ignore: NL203 -- lab host, nesting is not wanted here`.
references:
  - https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/sarif-v2.1.0-os.html#_Toc34317661
for-each: unused-suppressions
message: "This nestlint-ignore comment for {item.ids} {item.problem}."
examples:
  must-flag:
    - name: the line below is clean
      modprobe: |
        ↓# nestlint-ignore: NL203 -- lab host
        options kvm_intel nested=1
    - name: no reason
      domain: |
        <domain type='kvm'>
          ↓<!-- nestlint-ignore: NL401 -->
          <name>vm</name>
        </domain>
  must-not-flag:
    - name: a suppression that silences a finding on the next line
      domain: |
        <!-- nestlint-ignore: NL401 -- this template is filled in by the provisioning tool -->
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor"/></metadata>
        </domain>
    - name: an ordinary comment
      modprobe: |
        # nested guests for the CI runners
        options kvm_intel nested=1

"""#
        ),
        (
            "NL101-kvm-options-in-ignored-file.yml",
            #"""
id: NL101
name: kvm-options-in-ignored-file
severity: warning
scope: host
reads: [modprobe-config]
tags: [module-configuration]
summary: A file in a modprobe.d directory sets options for kvm, kvm_intel or kvm_amd, but modprobe never reads it.
rationale: >-
  kmod reads only regular files whose name ends in `.conf`; it skips dot-files and rejects
  sub-directories (modprobe.d(5)). Backups and drafts such as `kvm.conf.bak`, `kvm.conf~`,
  `kvm.conf.dpkg-old`, `.kvm.conf` or `kvm` are never read, so the `options` they hold
  (often the line that was meant to enable nesting) have no effect at all, and nothing warns
  about it on the host.
fix: >-
  Rename the file to `*.conf` directly in the modprobe.d directory if its options are wanted
  (mind the order: files are read sorted by name), or delete the stray copy.
references:
  - https://man7.org/linux/man-pages/man5/modprobe.d.5.html
  - https://github.com/kmod-project/kmod/blob/master/libkmod/libkmod-config.c
for-each: modprobe.ignored-kvm-options
message: >-
  {item.file} sets options for {item.module} ("{item.line}"), but modprobe never reads this
  file because {item.reason}: these options are not applied. Rename it to a *.conf file in the
  modprobe.d directory, or delete it.
examples:
  must-flag:
    - name: a backup copy with the nesting line
      bundle:
        etc/modprobe.d/kvm.conf: "options kvm_intel ept=1\n"
        etc/modprobe.d/kvm.conf.bak: |
          # nested guests
          ↓options kvm_intel nested=1
    - name: an editor backup, kvm-intel spelling, in /usr/lib
      bundle:
        usr/lib/modprobe.d/kvm.conf~: "↓options kvm-intel nested=Y\n"
    - name: a dot-file without a final newline (every example also runs with CRLF line ends)
      bundle:
        etc/modprobe.d/.kvm.conf: "# hidden\n↓options kvm_amd nested=1"
    - name: a file in a sub-directory, several options lines (the first one is reported)
      bundle:
        etc/modprobe.d/disabled/kvm.conf: |
          options vfio-pci ids=10de:1b81
          ↓options kvm ignore_msrs=1
          options kvm_amd nested=1
    - name: a file without any suffix
      bundle:
        lib/modprobe.d/kvm: "↓options kvm_amd nested=0\n"
  must-not-flag:
    - name: a .conf file is read
      bundle:
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"
    - name: an ignored file without KVM options
      bundle:
        etc/modprobe.d/vfio.conf.bak: "options vfio-pci ids=10de:1b81\n"
    - name: a commented-out line is not an options line
      bundle:
        etc/modprobe.d/kvm.conf.rpmsave: "#options kvm_intel nested=1\n"
    - name: a blacklist line in an ignored file is not an options line
      bundle:
        etc/modprobe.d/kvm.conf.orig: "blacklist kvm_intel\n"
    - name: a bundle with no modprobe.d at all
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"

"""#
        ),
        (
            "NL102-config-file-shadowed.yml",
            #"""
id: NL102
name: config-file-shadowed
severity: warning
scope: host
reads: [modprobe-config]
tags: [module-configuration]
summary: A modprobe.d file holding KVM lines is dropped because a file with the same name exists in a higher-precedence directory.
rationale: >-
  kmod merges the files of /etc/modprobe.d, /run/modprobe.d, /usr/local/lib/modprobe.d,
  /usr/lib/modprobe.d and /lib/modprobe.d by name; when two directories hold the same file
  name, only the copy in the highest-precedence directory is read and the other is dropped
  whole (modprobe.d(5)). A package's /lib/modprobe.d/kvm.conf edited in place, or an
  /etc/modprobe.d/kvm.conf that only meant to add one line, silently replaces the other copy's
  KVM options. When both copies hold the same KVM lines nothing is lost, and this is only a note.
fix: >-
  Merge the intent into the winning file (the one in the higher-precedence directory), or give
  the dropped file its own name so that both are read.
references:
  - https://man7.org/linux/man-pages/man5/modprobe.d.5.html
  - https://github.com/kmod-project/kmod/blob/master/libkmod/libkmod-config.c
for-each: modprobe.shadowed-kvm-files
severity-when:
  - when: {fact: item.same-kvm-lines, is: true}
    severity: note
message: >-
  modprobe never reads {item.file}: {item.winner} has the same name in a higher-precedence
  directory and replaces it whole.
notes:
  - when: {fact: item.same-kvm-lines, is: false}
    text: >-
      Its KVM lines are lost (first: {item.first-kvm-line}); the copy that is read has
      {item.winner-kvm-lines}. Merge them into {item.winner} or rename this file.
  - when:
      all:
        - {fact: item.same-kvm-lines, is: true}
        - {fact: item.identical, is: true}
    text: "Both copies say the same, so nothing is lost; delete one to avoid editing the wrong one."
  - when:
      all:
        - {fact: item.same-kvm-lines, is: true}
        - {fact: item.identical, is: false}
    text: "The winning copy has the same KVM lines, so no KVM option is lost."
examples:
  must-flag:
    - name: a same-name copy in /lib/modprobe.d loses its nesting line
      bundle:
        etc/modprobe.d/kvm.conf: "options kvm ignore_msrs=1\n"
        lib/modprobe.d/kvm.conf: |
          ↓# shipped by the package
          options kvm_intel nested=1
    - name: /usr/lib loses to /run, several options lines for one module
      bundle:
        run/modprobe.d/kvm-amd.conf: "options kvm_amd nested=0\n"
        usr/lib/modprobe.d/kvm-amd.conf: |
          ↓options kvm_amd nested=1
          options kvm_amd avic=1
    - name: identical copies are a note, and the spelling of the module does not matter
      bundle:
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"
        usr/lib/modprobe.d/kvm.conf: "↓options kvm-intel nested=1\n"
    - name: a blacklist line is a KVM line too
      bundle:
        etc/modprobe.d/local.conf: "options kvm_amd nested=1\n"
        lib/modprobe.d/local.conf: "↓blacklist kvm_intel\n"
  must-not-flag:
    - name: different names are all read, whatever the directory
      bundle:
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=0\n"
        usr/lib/modprobe.d/zz-kvm.conf: "options kvm_intel nested=1\n"
    - name: a dropped copy without KVM lines
      bundle:
        etc/modprobe.d/vfio.conf: "options vfio-pci ids=10de:1b81\n"
        lib/modprobe.d/vfio.conf: "options vfio-pci ids=10de:1b82\n"
    - name: one physical file reached through the merged-/usr link is one copy
      bundle:
        usr/lib/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"
        proc/version: "Linux version 6.1.0\n"
      links:
        lib: usr/lib

"""#
        ),
        (
            "NL103-conflicting-nested-settings.yml",
            #"""
id: NL103
name: conflicting-nested-settings
severity: warning
scope: host
reads: [modprobe-config, kernel-cmdline, cpuinfo]
tags: [module-configuration]
summary: The vendor KVM module's `nested` is set more than once, to different values, across modprobe.d and the kernel command line.
rationale: >-
  kmod collects the `options` lines of a module from every file it reads, sorted by file
  name and then by line, and appends `<module>.<param>=` tokens from /proc/cmdline; the kernel
  applies them left to right, so the last one wins. Two places that disagree make the result
  depend on file names (`/usr/lib/modprobe.d/zz-kvm.conf` is read after
  `/etc/modprobe.d/kvm.conf`) and on the boot line, which is easy to misread and easy to break
  with the next package update.
fix: >-
  Keep one source of truth: delete the assignments that lose, and keep the one you want in a
  single file (or on the kernel command line only).
references:
  - https://man7.org/linux/man-pages/man5/modprobe.d.5.html
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
for-each: config.nested-conflicts
message: >-
  {item.module} nested is set {item.count} times with different values; the last assignment
  wins, so nesting is {item.effective} from {item.token} here (overridden: {item.overridden}).
  Keep one source of truth.
examples:
  must-flag:
    - name: on in /etc, off in a file that sorts later in /usr/lib
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"
        usr/lib/modprobe.d/zz-kvm.conf: "↓options kvm-intel nested=N\n"
    - name: the kernel command line overrides a file
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_amd nested=1\n"
        proc/cmdline: "↓BOOT_IMAGE=/vmlinuz root=/dev/sda1 kvm_amd.nested=0 quiet\n"
    - name: several options lines for one module in one file
      modprobe: |
        options kvm_intel nested=Y
        options kvm_intel ept=Y
        ↓options kvm_intel nested=0
    - name: two settings on one line
      modprobe: |
        ↓options kvm_amd nested=1 avic=1 nested=0
  must-not-flag:
    - name: Intel Y and 1 mean the same
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/a.conf: "options kvm_intel nested=Y\n"
        etc/modprobe.d/b.conf: "options kvm-intel nested=1\n"
    - name: AMD 1 and 0x1 mean the same
      modprobe: |
        options kvm_amd nested=1
        options kvm_amd nested=0x1
    - name: the other vendor's module is not this host's
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: |
          options kvm_intel nested=1
          options kvm_amd nested=1
          options kvm_amd nested=0
    - name: a shadowed copy is never read, so it does not conflict
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"
        lib/modprobe.d/kvm.conf: "options kvm_intel nested=0\n"
    - name: a file modprobe ignores does not conflict
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"
        etc/modprobe.d/kvm.conf.old: "options kvm_intel nested=0\n"

"""#
        ),
        (
            "NL104-non-integer-int-parameter.yml",
            #"""
id: NL104
name: non-integer-int-parameter
severity: error
scope: host
reads: [modprobe-config, kernel-cmdline, cpuinfo]
tags: [module-configuration]
summary: An integer module parameter (kvm_amd `nested`, s390 kvm `nested`, …) is given a value that is not a base-0 integer, so the module refuses to load.
rationale: >-
  kvm_amd's `nested` is an int, not a bool (sysfs shows 1/0, unlike kvm_intel's Y/N). The
  kernel parses int parameters with kstrtoint in base 0: decimal, 0x hex or leading-0 octal.
  `Y`, `y`, `N`, `true`, `on`, an empty value or a missing `=value` are rejected with
  "Invalid argument", and a bad value fails the load of the whole module: no kvm_amd, no KVM
  acceleration at all. The same holds for every integer parameter in the parameter table
  (rules/data/module-parameters.yml). When the parameter was another type in older kernels
  (kvm_amd `npt` was an int, is a bool) and the value suits that type, this is a warning.
fix: >-
  Use `nested=1` or `nested=0` (any integer for other int parameters), then reload the module
  or reboot.
references:
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
  - https://github.com/torvalds/linux/blob/master/kernel/params.c
  - https://github.com/torvalds/linux/blob/master/lib/kstrtox.c
for-each: modprobe.assignments
when:
  fact: item.value-check
  in: [int-rejected, int-rejected-some-kernels]
severity-when:
  - when: {fact: item.value-check, equals: int-rejected-some-kernels}
    severity: warning
message: >-
  {item.module} {item.parameter} is an integer parameter ({item.type}), but {item.token} gives it
  {item.value-shown}, which the kernel does not parse as {item.expected}:
notes:
  - when: {fact: item.value-check, equals: int-rejected}
    text: >-
      modprobe {item.module} fails with "Invalid argument" and the module does not load.
      Use {item.parameter}=1 or {item.parameter}=0.
  - when: {fact: item.value-check, equals: int-rejected-some-kernels}
    text: >-
      the parameter has been {item.types} across kernel releases, so kernels where it is an
      integer refuse to load {item.module}. Use {item.parameter}=1 or {item.parameter}=0, which
      every release accepts.
  - when: {fact: item.arch-assumed, is: true}
    text: "(No cpuinfo: the host was taken to be x86.)"
examples:
  must-flag:
    - name: Intel's Y on AMD's int parameter (the classic copy-paste)
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        etc/modprobe.d/kvm-amd.conf: |
          # enable nesting
          ↓options kvm_amd nested=Y
    - name: no value at all, dash spelling, no final newline
      modprobe: "↓options kvm-amd nested"
    - name: an empty value and a word on the kernel command line
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        proc/cmdline: "↓BOOT_IMAGE=/vmlinuz kvm_amd.nested=true quiet\n"
        etc/modprobe.d/kvm.conf: "↓options kvm_amd nested=\n"
    - name: s390 kvm nested is an int too
      bundle:
        proc/cpuinfo: "vendor_id       : IBM/S390\n# processors    : 2\n"
        etc/modprobe.d/kvm.conf: "↓options kvm nested=on\n"
    - name: an unsigned parameter given a negative number
      modprobe: "↓options kvm_intel ple_gap=-1 ept=1\n"
    - name: npt was an int in older kernels, so Y is a warning
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        etc/modprobe.d/kvm.conf: "↓options kvm_amd npt=Y\n"
  must-not-flag:
    - name: AMD 1 and 0, hex and octal
      modprobe: |
        options kvm_amd nested=1
        options kvm_amd nested=0x1 pause_filter_count=010
    - name: Intel Y is right for kvm_intel's bool
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=Y\n"
    - name: a file modprobe ignores is never applied
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        etc/modprobe.d/kvm.conf.disabled: "options kvm_amd nested=Y\n"
    - name: on x86, kvm has no nested parameter (that is NL106, not a value problem)
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "options kvm nested=on\n"
    - name: modules outside the parameter table are not judged
      modprobe: "options it87 ignore_resource_conflict=yes\n"

"""#
        ),
        (
            "NL105-invalid-bool-parameter-value.yml",
            #"""
id: NL105
name: invalid-bool-parameter-value
severity: error
scope: host
reads: [modprobe-config, kernel-cmdline, kernel-version, cpuinfo]
tags: [module-configuration]
summary: A bool module parameter (kvm_intel `nested`, `ept`, …) is given a value the kernel does not accept, so the module refuses to load.
rationale: >-
  Bool parameters are parsed by kstrtobool, which looks at the first character(s) only:
  `y Y 1 n N 0` always work; `on`/`off` only since about Linux 4.6; `t`/`T`/`f`/`F` (true,
  false) only since about 5.19; `e`/`d` (enable, disable) only on very recent kernels (the
  release is not pinned). Any other value (`2`, `x`, an empty value) is rejected with "Invalid
  argument", and the whole module fails to load; `yes` works because only its `y` is read. nestlint uses the
  bundle's kernel release (proc/version, uname) to tell: when the value is accepted only by
  newer kernels than the bundle's, or when the release is unknown, this is a warning.
fix: >-
  Use `Y`/`N` or `1`/`0`, which every kernel accepts.
references:
  - https://github.com/torvalds/linux/blob/master/lib/kstrtox.c
  - https://github.com/torvalds/linux/blob/master/kernel/params.c
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
for-each: modprobe.assignments
when:
  fact: item.value-check
  in: [bool-rejected, bool-needs-newer-kernel, bool-kernel-unknown, bool-rejected-some-kernels]
severity-when:
  - when: {fact: item.value-check, in: [bool-needs-newer-kernel, bool-kernel-unknown, bool-rejected-some-kernels]}
    severity: warning
message: "{item.module} {item.parameter} is a bool parameter; {item.token} gives it {item.value-shown}:"
notes:
  - when: {fact: item.value-check, equals: bool-rejected}
    text: >-
      no kernel accepts that, so modprobe {item.module} fails with "Invalid argument" and the
      module does not load. Use {item.parameter}=Y or {item.parameter}=N (or 1/0).
  - when: {fact: item.value-check, equals: bool-needs-newer-kernel}
    text: >-
      kernels accept it only since about {item.accepted-since}, and this host runs
      {kernel.version} ({kernel.version.location}), whose kstrtobool rejects it, so the module
      would not load. Use {item.parameter}=Y or {item.parameter}=N (or 1/0).
  - when: {fact: item.value-check, equals: bool-kernel-unknown}
    text: >-
      only kernels since about {item.accepted-since} accept it, and the bundle does not say
      which kernel runs here; older kernels refuse to load the module. Use
      {item.parameter}=Y or {item.parameter}=N (or 1/0), which every kernel accepts.
  - when: {fact: item.value-check, equals: bool-rejected-some-kernels}
    text: >-
      the parameter has been {item.types} across kernel releases, and kernels where it is a
      bool refuse the value. Use {item.parameter}=1 or {item.parameter}=0, which every release
      accepts.
examples:
  must-flag:
    - name: a value no kernel accepts
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: |
          ↓options kvm_intel nested=2
    - name: an empty value, kvm-intel spelling, on the command line
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        proc/cmdline: "↓ro quiet kvm-intel.ept=\n"
    - name: true is a warning when the kernel is older than 5.19
      bundle:
        proc/version: "Linux version 5.15.0-91-generic (buildd@lcy02) #101-Ubuntu SMP\n"
        etc/modprobe.d/kvm.conf: "↓options kvm_intel nested=true\n"
    - name: on is a warning when the kernel release is unknown
      modprobe: |
        # enable nesting
        ↓options kvm-intel nested=on
    - name: enable is accepted by very recent kernels only
      bundle:
        proc/version: "Linux version 6.1.0-18-amd64\n"
        etc/modprobe.d/kvm.conf: "↓options kvm_intel nested=enable\n"
    - name: a bool on the kvm module
      modprobe: "↓options kvm ignore_msrs=2\n"
  must-not-flag:
    - name: Y, N, 1, 0 and lower case y
      modprobe: |
        options kvm_intel nested=Y ept=N
        options kvm-intel enable_shadow_vmcs=1 enable_apicv=0 vpid=y
    - name: a bool with no value means true
      modprobe: "options kvm_intel nested\n"
    - name: on is fine on a kernel newer than 4.6
      bundle:
        sos_commands/kernel/uname_-a: "Linux host 5.4.0-150-generic #167-Ubuntu SMP x86_64 GNU/Linux\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=on\n"
    - name: true is fine on 6.1
      bundle:
        proc/version: "Linux version 6.1.0-18-amd64\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=true\n"
    - name: yes starts with y, which every kernel accepts
      modprobe: "options kvm_intel nested=yes\n"
    - name: kvm_amd nested is an int, judged by NL104
      modprobe: "options kvm_amd nested=2\n"

"""#
        ),
        (
            "NL106-unknown-module-parameter.yml",
            #"""
id: NL106
name: unknown-module-parameter
severity: warning
scope: host
reads: [modprobe-config, kernel-cmdline, cpuinfo]
tags: [module-configuration]
summary: An options token names a parameter the module does not have, so the setting is silently lost.
rationale: >-
  The kernel logs an unknown parameter name ("unknown parameter 'nest' ignored") and loads the
  module without it: the intent is lost and nothing on the command line says so. The classic
  case is `options kvm nested=1` on x86, where `nested` belongs to kvm_intel or kvm_amd (the
  kvm module has `nested` only on s390x), or a typo such as `nest=1` or `diable_vga=1`. Names
  are compared after `-`/`_` folding, against the parameter table kept beside the rules
  (rules/data/module-parameters.yml), which lists every name a release has had; modules that
  are not in the table are not judged.
fix: >-
  Fix the parameter name, or move the option to the module that has it (`options kvm_intel
  nested=1` or `options kvm_amd nested=1`).
references:
  - https://github.com/torvalds/linux/blob/master/kernel/params.c
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
for-each: modprobe.assignments
when:
  all:
    - {fact: item.known-parameter, is: false}
    - {fact: item.junk, is: false}
message: >-
  {item.module} has no parameter '{item.parameter}': the kernel ignores {item.token} (it logs
  "unknown parameter") and loads the module without it.
notes:
  - when: {exists: item.belongs-to}
    text: "'{item.parameter}' belongs to {item.belongs-to}: write it on that module's options line."
  - when:
      all:
        - {exists: item.suggestion}
        - {not: {exists: item.belongs-to}}
    text: "Did you mean '{item.suggestion}'?"
  - when: {fact: item.arch-assumed, is: true}
    text: "(No cpuinfo: the host was taken to be x86.)"
examples:
  must-flag:
    - name: nested on the kvm module on x86
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: |
          ↓options kvm nested=1
    - name: a typo, with the module spelt with a dash
      modprobe: |
        options kvm-intel ept=1
        ↓options kvm-intel nest=1
    - name: the vfio-pci typo from a real host, CRLF-safe and without a final newline
      modprobe: "options vfio-pci ids=1002:731f,1002:ab38\n↓options vfio-pci diable_vga=1"
    - name: on the kernel command line
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        proc/cmdline: "↓root=/dev/vda1 kvm_amd.nesting=1\n"
    - name: several options on one line, one unknown
      modprobe: "↓options kvm_amd nested=1 avic=1 sev_es=1 sev-snp=1 nestd=1\n"
  must-not-flag:
    - name: dashes and underscores are the same in parameter names
      modprobe: "options kvm_amd sev-snp=1 sev=1 sev-es=1\n"
    - name: s390 kvm has nested and hpage
      bundle:
        proc/cpuinfo: "vendor_id       : IBM/S390\n# processors    : 2\n"
        etc/modprobe.d/kvm.conf: "options kvm nested=1 hpage=0\n"
    - name: a module outside the table is not judged
      modprobe: "options it87 ignore_resource_conflict=1\n"
    - name: a removed but once valid parameter is not flagged
      modprobe: "options kvm_intel yield_on_hlt=0\n"
    - name: junk after an inline comment is NL107's, not an unknown parameter
      modprobe: "options kvm_intel nested=1 # was 0\n"
    - name: a file modprobe ignores is never applied
      bundle:
        etc/modprobe.d/kvm.conf.bak: "options kvm nested=1\n"

"""#
        ),
        (
            "NL107-junk-in-options-line.yml",
            #"""
id: NL107
name: junk-in-options-line
severity: warning
scope: host
reads: [modprobe-config]
tags: [module-configuration]
summary: An options line carries a `#` comment, or a trailing backslash joins the next comment or command into it; the junk reaches the module as parameters.
rationale: >-
  modprobe.d has no inline comments: a line is a comment only when `#` is its first byte. In
  `options kvm_intel nested=1 # was 0` the words `#`, `was` and `0` are passed to the module
  (as unknown parameters, logged and ignored), and in `options kvm_intel nested=1 # nested=0`
  the trailing `nested=0` is a real assignment that wins. A backslash at the end of a line
  joins the next physical line, whatever it holds, so a comment or a whole command below an
  `options … \` line becomes part of it (and that command is lost). When the junk holds
  `nested=`, the nesting setting is at stake and this is an error.
fix: >-
  Put comments on their own line, starting with `#`, and drop the trailing backslash (or make
  sure the next line only continues the parameters).
references:
  - https://man7.org/linux/man-pages/man5/modprobe.d.5.html
  - https://github.com/kmod-project/kmod/blob/master/shared/util.c
for-each: modprobe.junk-options
severity-when:
  - when: {fact: item.contains-nested, is: true}
    severity: error
message: "This options line for {item.module} passes \"{item.junk}\" to the module as parameters:"
notes:
  - when: {fact: item.reason, equals: inline-comment}
    text: "modprobe.d has no inline comments, so everything from the # on is part of the line. Move the comment to its own line."
  - when: {fact: item.reason, equals: joined-line}
    text: >-
      the trailing backslash joins {item.joined-line} into this line, so that comment or
      command is not read on its own. Drop the backslash.
  - when: {fact: item.contains-nested, is: true}
    text: "The junk assigns nested=, which changes the effective nesting setting (the last assignment wins)."
examples:
  must-flag:
    - name: an inline comment
      modprobe: |
        ↓options kvm_intel nested=1 # enable nesting
    - name: an inline comment that assigns nested is an error
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: |
          ↓options kvm_intel nested=1 # was nested=0
    - name: a trailing backslash swallows the next command
      modprobe: |
        ↓options kvm_intel nested=1 \
        options kvm_amd nested=1
    - name: a trailing backslash swallows a comment, no final newline
      modprobe: "↓options kvm_amd nested=1 avic=1 \\\n# AVIC for Windows guests"
    - name: a comment glued to the value
      modprobe: "↓options kvm_amd nested=1#on\n"
  must-not-flag:
    - name: a comment on its own line
      modprobe: |
        # enable nesting
        options kvm_intel nested=1
    - name: a continuation that only carries more parameters
      modprobe: |
        options kvm_intel nested=1 \
            ept=1 enable_shadow_vmcs=1
    - name: a hash in an install command is the shell's business
      modprobe: "install kvm_intel /sbin/modprobe --ignore-install kvm_intel # wrapper\n"
    - name: an indented comment is not an options line (kmod ignores it as a bad line)
      modprobe: "  # options kvm_intel nested=1\n"

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
  all:
    - {fact: cpu.vendor, in: [intel, amd, hygon]}
    - {fact: config.options.other-vendor, is: true}
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
    - name: both modules configured (the vendor's on the kernel command line) is only a note
      bundle:
        proc/cpuinfo: |
          vendor_id	: AuthenticAMD
          flags		: svm lm
        etc/modprobe.d/qemu-system-x86.conf: "↓options kvm_intel nested=1\n"
        proc/cmdline: "BOOT_IMAGE=/vmlinuz kvm_amd.nested=1\n"
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
    - name: without cpuinfo a loaded module is no substitute for the vendor_id NL108 needs
      bundle:
        sos_commands/kernel/lsmod: |
          Module                  Size  Used by
          kvm_amd               155648  0
          kvm                  1146880  1 kvm_amd
        etc/modprobe.d/qemu-system-x86.conf: |
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
            "NL109-kvm-module-blocked.yml",
            #"""
id: NL109
name: kvm-module-blocked
severity: error
scope: host
reads: [modprobe-config, kernel-cmdline, cpuinfo]
tags: [module-configuration]
summary: A KVM module is blocked from loading (`install … /bin/false`) or from loading automatically (`blacklist`, `modprobe.blacklist=`).
rationale: >-
  `install kvm_intel /bin/false` (or `/bin/true`, `false`, `true`) makes modprobe run that
  command instead of inserting the module, so kvm_intel never loads and KVM has no hardware
  acceleration. `blacklist kvm_intel`, and `modprobe.blacklist=kvm_intel` on the kernel command
  line, stop the automatic load at boot (udev's CPU-feature alias) but not an explicit
  `modprobe kvm_intel`, so KVM works only where something loads it by name: a warning. These
  lines are common leftovers from running VirtualBox or VMware on the same machine. Blocking the
  other vendor's module (kvm_amd on an Intel host) changes nothing and is only a note.
fix: >-
  Remove the `install`/`blacklist` line (or the `modprobe.blacklist=` entry from the kernel
  command line, then regenerate the boot configuration), and load the module.
references:
  - https://man7.org/linux/man-pages/man5/modprobe.d.5.html
  - https://man7.org/linux/man-pages/man8/modprobe.8.html
for-each: modprobe.kvm-blocks
severity-when:
  - when: {fact: item.other-vendor, is: true}
    severity: note
  - when: {fact: item.kind, in: [blacklist, cmdline-blacklist]}
    severity: warning
message: "\"{item.line}\""
notes:
  - when: {fact: item.kind, equals: install}
    text: "makes modprobe run that command instead of loading {item.module}, so {item.module} never loads. Remove the line."
  - when: {fact: item.kind, equals: blacklist}
    text: >-
      stops {item.module} from loading automatically at boot; only an explicit `modprobe
      {item.module}` loads it. Remove the line.
  - when: {fact: item.kind, equals: cmdline-blacklist}
    text: >-
      on the kernel command line stops {item.module} from loading automatically at boot. Remove
      it from the boot configuration.
  - when: {fact: item.other-vendor, is: true}
    text: "This host uses {item.vendor-module}, so blocking {item.module} changes nothing here."
examples:
  must-flag:
    - name: install /bin/false, the VirtualBox recipe
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/virtualbox.conf: |
          # keep KVM away from VirtualBox
          ↓install kvm_intel /bin/false
    - name: install true on the kvm core module, dash spelling irrelevant
      modprobe: "↓install kvm /bin/true\n"
    - name: a blacklist line (a warning), without a final newline
      modprobe: "↓blacklist kvm-amd"
    - name: modprobe.blacklist on the kernel command line
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        proc/cmdline: "↓BOOT_IMAGE=/vmlinuz root=/dev/sda1 modprobe.blacklist=nouveau,kvm_amd quiet\n"
    - name: blocking the other vendor's module is a note
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/blacklist.conf: "↓blacklist kvm_amd\n"
  must-not-flag:
    - name: an install wrapper that still loads the module
      modprobe: "install kvm_intel /sbin/modprobe --ignore-install kvm_intel && /bin/true\n"
    - name: a blacklist of another module
      modprobe: "blacklist nouveau\n"
    - name: a commented-out blacklist
      modprobe: "#blacklist kvm_intel\n"
    - name: a blacklist in a file modprobe ignores
      bundle:
        etc/modprobe.d/kvm.conf.disabled: "blacklist kvm_intel\n"
    - name: modprobe.blacklist naming other modules
      bundle:
        proc/cmdline: "ro modprobe.blacklist=nouveau,pcspkr\n"

"""#
        ),
        (
            "NL111-nested-disabled-in-config.yml",
            #"""
id: NL111
name: nested-disabled-in-config
severity: note
scope: host
reads: [modprobe-config, kernel-cmdline, cpuinfo]
tags: [module-configuration]
summary: The effective configuration of the vendor KVM module turns nesting off.
rationale: >-
  With `nested` off, KVM does not offer vmx/svm to guests, so no guest on this host can run
  its own KVM guests, whatever its CPU mode. This may be on purpose (a host that must not run
  L1 hypervisors), so it is a note; NL701 raises it when a guest on this host needs nesting,
  and NL302 when the running module still has nesting on and the next reload would turn it off.
fix: >-
  Enable it (`options kvm_intel nested=1`, or `options kvm_amd nested=1` on AMD) in the file
  that wins, or document why it is off.
references:
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
  - https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation
at: config.nested
when:
  fact: config.nested
  is: false
message: >-
  {host.vendor-module} nested is configured off: {config.nested.location} sets
  nested={config.nested}, the assignment that wins (last in kmod order, kernel command line
  last). Guests on this host get no vmx/svm.
examples:
  must-flag:
    - name: Intel N
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: |
          # no nested guests here
          ↓options kvm_intel nested=N
    - name: AMD 0, the later file wins
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_amd nested=1\n"
        usr/lib/modprobe.d/zz-local.conf: "↓options kvm-amd nested=0\n"
    - name: the kernel command line turns it off
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"
        proc/cmdline: "↓ro quiet kvm_intel.nested=0\n"
    - name: a standalone file for one vendor
      modprobe: "↓options kvm_intel nested=off\n"
  must-not-flag:
    - name: nesting on
      modprobe: "options kvm_amd nested=1\n"
    - name: off for the other vendor only
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_amd nested=0\n"
    - name: a bundle with no cpuinfo and no module evidence has no vendor module
      bundle:
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=0\n"
    - name: an invalid value is not "off" (NL104 reports it)
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_amd nested=N\n"

"""#
        ),
        (
            "NL201-no-hardware-virtualization.yml",
            #"""
id: NL201
name: no-hardware-virtualization
severity: error
scope: host
reads: [cpuinfo, loaded-modules, modprobe-config, domain-xml, kernel-version]
tags: [runtime-state]
summary: An x86 host whose cpuinfo has neither vmx nor svm; an error when the bundle shows KVM in use.
rationale: >-
  KVM needs the CPU's virtualization extension, vmx (Intel VT-x) or svm (AMD-V). Without it
  kvm_intel/kvm_amd do not load, /dev/kvm does not exist, and every `type='kvm'` guest fails to
  start (or falls back to slow emulation). When the bundle shows KVM in use (KVM domains, KVM
  modules loaded or configured) this is an error; otherwise it is a note, since a machine that
  runs no guests does not need the extension. Inside a virtual machine (cpuinfo `hypervisor`)
  the parent must expose vmx/svm to this guest; on Intel, kernels since about Linux 5.6 clear
  `vmx` when the firmware disabled VT-x, so a missing flag can mean "disabled in the BIOS".
fix: >-
  Enable Intel VT-x / AMD-V (SVM) in the firmware setup; in a virtual machine, enable nesting on
  the parent and give this VM a host-model or host-passthrough CPU; or stop defining KVM guests
  on this host.
references:
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
  - https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation
  - https://github.com/torvalds/linux/blob/master/arch/x86/kernel/cpu/feat_ctl.c
at: cpu.virt-extension
related: [host.kvm-in-use]
when:
  all:
    - {fact: cpu.arch, in: [x86_64, x86]}
    - {fact: cpu.virt-extension, is: false}
severity-when:
  - when: {not: {fact: host.kvm-in-use, is: true}}
    severity: note
message: "The CPU flags have neither vmx nor svm: this host cannot run hardware-accelerated KVM guests."
notes:
  - when: {fact: host.kvm-in-use, is: true}
    text: "Yet the bundle shows KVM in use: {host.kvm-in-use}."
  - when: {fact: cpu.hypervisor, is: true}
    text: "This host is itself a virtual machine (hypervisor flag): its parent must expose vmx/svm to it (nesting on in the parent, host-model or host-passthrough CPU)."
  - when:
      all:
        - {fact: cpu.hypervisor, is: false}
        - {fact: cpu.vendor, equals: intel}
        - {fact: kernel.version, at-least: "5.6"}
    text: "On this kernel ({kernel.version}) a missing vmx flag usually means VT-x is disabled in the firmware setup."
  - when:
      all:
        - {fact: cpu.hypervisor, is: false}
        - {not: {fact: host.kvm-in-use, is: true}}
    text: "Nothing in the bundle uses KVM, so this may be intended."
examples:
  must-flag:
    - name: KVM domains on a host without the extension (error)
      bundle:
        proc/cpuinfo: |
          processor	: 0
          vendor_id	: AuthenticAMD
          ↓flags		: fpu vme de pse lm
        etc/libvirt/qemu/vm.xml: "<domain type='kvm'><name>vm</name></domain>\n"
    - name: VT-x disabled in the firmware on a recent Intel kernel, KVM configured
      bundle:
        proc/version: "Linux version 6.8.0-45-generic\n"
        proc/cpuinfo: "vendor_id\t: GenuineIntel\n↓flags\t\t: fpu vme lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"
    - name: a cloud guest with no KVM in use is a note
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\n↓flags\t\t: fpu lm hypervisor\n"
        sos_commands/kernel/lsmod: |
          Module                  Size  Used by
          ext4                  987136  1
  must-not-flag:
    - name: vmx present
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n"
    - name: svme-addr-chk is not svm, but svm is there
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm svme-addr-chk lm\n"
    - name: not x86 (s390x has no vmx/svm)
      bundle:
        proc/cpuinfo: "vendor_id       : IBM/S390\nfeatures\t: esan3 zarch sie\n"
    - name: no cpuinfo
      bundle:
        etc/libvirt/qemu/vm.xml: "<domain type='kvm'><name>vm</name></domain>\n"

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
            "NL204-nested-without-two-dimensional-paging.yml",
            #"""
id: NL204
name: nested-without-two-dimensional-paging
severity: warning
scope: host
reads: [sysfs-parameter, cpuinfo]
tags: [runtime-state]
summary: Nesting is on but two-dimensional paging is off (kvm_intel ept=N, or kvm_amd npt=0), so nested guests run on shadow page tables.
rationale: >-
  With EPT (Intel) or NPT (AMD) off, KVM shadows every guest page table in software. For an
  L1 hypervisor that is very slow: each L2 page-table change traps to L0, and nested guests
  become barely usable. Nesting and two-dimensional paging are both read-only at runtime and
  show the options the module was loaded with.
fix: >-
  Remove `ept=0`/`npt=0` from the module options (or the kernel command line) and reload the
  module with every guest stopped, or reboot. If the CPU lacks EPT/NPT, do not run nested
  guests on this host.
references:
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
  - https://www.linux-kvm.org/page/Nested_Guests
at: runtime.two-dimensional-paging
related: [runtime.nested]
when:
  all:
    - {fact: runtime.nested, is: true}
    - {fact: runtime.two-dimensional-paging, is: false}
message: >-
  {host.vendor-module} runs with nesting on but {runtime.two-dimensional-paging}
  ({runtime.two-dimensional-paging.location}): L1 guests run without nested paging, and
  their own guests will be very slow.
examples:
  must-flag:
    - name: Intel, ept N
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx ept lm\n"
        sys/module/kvm_intel/parameters/nested: "Y\n"
        sys/module/kvm_intel/parameters/ept: "↓N\n"
    - name: AMD, npt 0 (an int on older kernels)
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm npt lm\n"
        sys/module/kvm_amd/parameters/nested: "1\n"
        sys/module/kvm_amd/parameters/npt: "↓0\n"
    - name: AMD, npt N (a bool on newer kernels), vendor known from sysfs only
      bundle:
        sys/module/kvm_amd/parameters/nested: "1"
        sys/module/kvm_amd/parameters/npt: "↓N"
  must-not-flag:
    - name: both on
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        sys/module/kvm_intel/parameters/nested: "Y\n"
        sys/module/kvm_intel/parameters/ept: "Y\n"
    - name: nesting off (NL203's business)
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        sys/module/kvm_intel/parameters/nested: "N\n"
        sys/module/kvm_intel/parameters/ept: "N\n"
    - name: the other vendor's module
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        sys/module/kvm_intel/parameters/nested: "Y\n"
        sys/module/kvm_amd/parameters/npt: "0\n"
    - name: ept=0 only configured, not yet in force
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        sys/module/kvm_intel/parameters/nested: "Y\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel ept=0\n"

"""#
        ),
        (
            "NL205-host-is-virtual-machine.yml",
            #"""
id: NL205
name: host-is-virtual-machine
severity: note
scope: host
reads: [cpuinfo]
tags: [runtime-state]
summary: The bundle comes from a virtual machine (cpuinfo has the `hypervisor` flag); any guests it runs are nested (L2).
rationale: >-
  The `hypervisor` CPU flag is set by every mainstream hypervisor (KVM, Hyper-V, VMware, Xen)
  for its guests. A bundle with it is an L1 (or deeper): KVM here needs the parent to expose
  vmx/svm (NL704), its own guests are L2 guests, and its parent can migrate or save it only
  while none of them runs (NL703). This note says which assumptions the other findings make.
fix: >-
  Nothing to fix: this describes the host. If it should run guests, make sure its parent
  exposes the virtualization extension and that no one migrates it while they run.
references:
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
  - https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation
at: cpu.hypervisor
when:
  fact: cpu.hypervisor
  is: true
message: >-
  This host is a virtual machine (cpuinfo has the hypervisor flag): guests it runs are nested
  (L2) guests, and its parent must not migrate or save it while they run.
notes:
  - when: {fact: cpu.virt-extension, is: false}
    text: "Its CPU has neither vmx nor svm, so it cannot run KVM guests itself."
  - when: {fact: cpu.virt-extension, is: true}
    text: "Its parent exposes {cpu.virt-extension}, so it can run KVM guests."
examples:
  must-flag:
    - name: a cloud guest
      bundle:
        proc/cpuinfo: |
          processor	: 0
          vendor_id	: GenuineIntel
          ↓flags		: fpu vme lm hypervisor
    - name: an L1 with svm
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\n↓flags\t\t: svm lm hypervisor\n"
  must-not-flag:
    - name: bare metal
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
    - name: the flag on only some CPUs is not common to all
      bundle:
        proc/cpuinfo: |
          processor	: 0
          vendor_id	: GenuineIntel
          flags		: vmx lm hypervisor
          processor	: 1
          vendor_id	: GenuineIntel
          flags		: vmx lm
    - name: no cpuinfo
      bundle:
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"

"""#
        ),
        (
            "NL208-nesting-outside-x86.yml",
            #"""
id: NL208
name: nesting-outside-x86
severity: note
scope: host
reads: [cpuinfo, sysfs-parameter, modprobe-config, kernel-cmdline, domain-xml]
tags: [runtime-state]
summary: Nesting is enabled or requested on a non-x86 host or guest (aarch64, ppc64, s390x), where support and tooling differ from x86.
rationale: >-
  Nested virtualization works differently outside x86: s390x uses `kvm.nested` (an int,
  default 0, exclusive with `hpage`), ppc64 `kvm_hv.nested` (POWER9 and later, radix guests
  only) with `<nested-hv state='on'/>` in the guest, and aarch64 `kvm-arm.mode=nested` on
  recent kernels and CPUs with FEAT_NV2. The nested-virtualization guide nestlint follows, and
  most of its checks, cover x86 only, so a clean result here says less than on x86.
fix: >-
  Check the architecture's own documentation (Documentation/arch/powerpc/kvm-nested.rst,
  the s390 KVM documentation, the arm64 KVM documentation) for the requirements of nesting.
references:
  - https://docs.kernel.org/arch/powerpc/kvm-nested.html
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
  - https://libvirt.org/formatdomain.html#hypervisor-features
for-each: host.nesting-outside-x86
message: >-
  Nesting is enabled or requested on {item.subject} ({item.how}): outside x86, nesting has its
  own requirements, and nestlint's checks follow the x86 guide.
examples:
  must-flag:
    - name: s390x with kvm nested on at runtime
      bundle:
        proc/cpuinfo: "vendor_id       : IBM/S390\n# processors    : 4\n"
        sys/module/kvm/parameters/nested: "↓1\n"
    - name: POWER9 with nesting configured
      bundle:
        proc/cpuinfo: "processor\t: 0\ncpu\t\t: POWER9 (raw), altivec supported\n"
        etc/modprobe.d/kvm-hv.conf: "↓options kvm_hv nested=1\n"
    - name: arm64 with kvm-arm.mode=nested
      bundle:
        proc/cpuinfo: "processor\t: 0\nFeatures\t: fp asimd evtstrm\nCPU implementer\t: 0x41\nCPU architecture: 8\n"
        proc/cmdline: "↓BOOT_IMAGE=/vmlinuz kvm-arm.mode=nested\n"
    - name: a ppc64 guest asking for nested-hv in a bundle
      bundle:
        etc/libvirt/qemu/p9.xml: |
          <domain type='kvm'>
            <name>p9</name>
            <os><type arch='ppc64le' machine='pseries'>hvm</type></os>
            <features>
          ↓    <nested-hv state='on'/>
            </features>
          </domain>
  must-not-flag:
    - name: x86 with nesting on
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        sys/module/kvm_intel/parameters/nested: "Y\n"
    - name: s390x with nested off (the default)
      bundle:
        proc/cpuinfo: "vendor_id       : IBM/S390\n# processors    : 4\n"
        sys/module/kvm/parameters/nested: "0\n"
    - name: a ppc64 guest without nested-hv
      bundle:
        etc/libvirt/qemu/p9.xml: |
          <domain type='kvm'>
            <name>p9</name>
            <os><type arch='ppc64le' machine='pseries'>hvm</type></os>
            <features><nested-hv state='off'/></features>
          </domain>
    - name: an x86 guest with the hypervisor role
      bundle:
        etc/libvirt/qemu/l1.xml: |
          <domain type='kvm'>
            <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor"/></metadata>
            <os><type arch='x86_64'>hvm</type></os>
          </domain>

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
  sets nested={config.nested}: the module was not reloaded since the change;
notes:
  - when: {fact: modules.vendor-users, at-least: 1}
    text: >-
      {modules.vendor-users} user(s) hold it (stop the guests, then modprobe -r
      {host.vendor-module} && modprobe {host.vendor-module}, or reboot).
  - when: {fact: modules.vendor-users, below: 1}
    text: >-
      nothing holds it, so modprobe -r {host.vendor-module} && modprobe {host.vendor-module}
      applies the setting now.
  - when: {not: {exists: modules.vendor-users}}
    text: >-
      stop the guests that hold it, then modprobe -r {host.vendor-module} && modprobe
      {host.vendor-module} (or reboot).
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
            "NL302-nested-config-would-disable.yml",
            #"""
id: NL302
name: nested-config-would-disable
severity: warning
scope: host
reads: [modprobe-config, kernel-cmdline, sysfs-parameter, loaded-modules]
tags: [drift]
summary: Nesting is on in the running module, but the configuration turns it off at the next reload or reboot.
rationale: >-
  `nested` is read-only at runtime and shows the options in force when the module was loaded.
  When the configuration now says `nested=0` (or N), nothing changes until the module is
  reloaded or the host reboots; then nesting goes off and every L1 guest with a host-model or
  host-passthrough CPU silently loses vmx/svm, so its own guests stop working. The drift is
  easy to miss because everything still works today.
fix: >-
  If nesting should stay on, change the winning assignment to `nested=1` (or remove it); if it
  should go off, plan the reload or reboot and move the L1 guests first.
references:
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
  - https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation
at: config.nested
related: [runtime.nested]
when:
  all:
    - {fact: config.nested, is: false}
    - {fact: runtime.nested, is: true}
message: >-
  {host.vendor-module} nested is {runtime.nested} at runtime ({runtime.nested.location}), but
  {config.nested.location} sets nested={config.nested}: the next module reload or reboot turns
  nesting off and L1 guests lose vmx/svm. Fix the configuration if nesting should stay on.
notes:
  - when: {fact: modules.vendor-users, at-least: 1}
    text: "{modules.vendor-users} user(s) hold {host.vendor-module} now, so the change waits for a reboot or for those guests to stop."
examples:
  must-flag:
    - name: Intel, configured off, running on
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: |
          # nesting no longer wanted
          ↓options kvm_intel nested=N
        sys/module/kvm_intel/parameters/nested: "Y\n"
    - name: AMD, the kernel command line wins over a file
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_amd nested=1\n"
        proc/cmdline: "↓BOOT_IMAGE=/vmlinuz kvm-amd.nested=0\n"
        sys/module/kvm_amd/parameters/nested: "1\n"
  must-not-flag:
    - name: configured and running agree
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_amd nested=0\n"
        sys/module/kvm_amd/parameters/nested: "0\n"
    - name: the disabling copy in /lib is shadowed by /etc
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=1\n"
        lib/modprobe.d/kvm.conf: "options kvm_intel nested=0\n"
        sys/module/kvm_intel/parameters/nested: "Y\n"
    - name: no sysfs evidence
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=0\n"

"""#
        ),
        (
            "NL303-nested-relies-on-default.yml",
            #"""
id: NL303
name: nested-relies-on-default
severity: note
scope: host
reads: [sysfs-parameter, modprobe-config, kernel-cmdline]
tags: [drift]
summary: Nesting is on at runtime, but no file modprobe reads and no kernel command-line token sets `nested`; it relies on the default.
rationale: >-
  kvm_intel's `nested` defaults to on since Linux 4.20, kvm_amd's since long before, ppc64
  kvm_hv's is on by default; s390x kvm's defaults to off. A host that relies on the default
  loses nesting when a kernel, a distribution or a package changes it (a vendor kernel with
  another default, a package shipping `nested=0`), and nothing in its configuration says that
  nesting is wanted. Pinning it documents the intent and makes drift visible (NL301, NL302).
fix: >-
  Write the intent down: `options kvm_intel nested=1` (or `kvm_amd`) in a `*.conf` file under
  /etc/modprobe.d. No reload is needed, since the value is already in force.
references:
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
  - https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation
at: runtime.nested
when:
  all:
    - {fact: runtime.nested, is: true}
    - {fact: config.nested-assigned, is: false}
message: >-
  {host.vendor-module} nested is {runtime.nested} at runtime, but no file modprobe reads and
  no kernel command-line token sets nested: it relies on the kernel default. Pin it with
  options {host.vendor-module} nested=1 in /etc/modprobe.d.
examples:
  must-flag:
    - name: Intel Y with only unrelated options
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "options kvm ignore_msrs=1\n"
        sys/module/kvm_intel/parameters/nested: "↓Y\n"
    - name: AMD 1 with a command line but no modprobe.d
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        proc/cmdline: "BOOT_IMAGE=/vmlinuz ro quiet\n"
        sys/module/kvm_amd/parameters/nested: "↓1\n"
    - name: the only nested= is in a file modprobe ignores
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf.bak: "options kvm_intel nested=1\n"
        sys/module/kvm_intel/parameters/nested: "↓Y\n"
  must-not-flag:
    - name: pinned in a file
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "options kvm-intel nested=1\n"
        sys/module/kvm_intel/parameters/nested: "Y\n"
    - name: pinned on the kernel command line
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        proc/cmdline: "ro kvm_intel.nested=1\n"
        sys/module/kvm_intel/parameters/nested: "Y\n"
    - name: no configuration evidence at all (no modprobe.d, no cmdline)
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        sys/module/kvm_intel/parameters/nested: "Y\n"
    - name: nesting off at runtime
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        proc/cmdline: "ro quiet\n"
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
edit:
  description: "Let libvirt check the CPU it starts the guest with (check='partial')"
  find: "check='none'"
  replace: "check='partial'"
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
            "NL701-guest-needs-nesting-host-disabled.yml",
            #"""
id: NL701
name: guest-needs-nesting-host-disabled
severity: warning
scope: domain
reads: [domain-xml, sysfs-parameter, modprobe-config, kernel-cmdline, cpuinfo]
tags: [cross-artifact, guest-cpu]
summary: A domain on this host needs nesting (role hypervisor, or a required vmx/svm feature), but the host's nesting is off.
rationale: >-
  KVM offers vmx/svm to a guest only when the vendor module's `nested` is on. A guest whose
  intent role is hypervisor, or whose CPU names `vmx`/`svm` with policy require, force or
  optional, needs it: with nesting off it cannot run its own KVM guests, and with
  `<feature policy='require'>` and `check='partial'` or `'full'` libvirt refuses to start it
  at all. The host's nesting is read from sysfs (the running module), else from the effective
  configuration. A plain host-model or host-passthrough guest without that role does not
  count: it simply gets no vmx/svm.
fix: >-
  Enable nesting on the host (`options kvm_intel nested=1` or `options kvm_amd nested=1`, then
  reload the module with every guest stopped, or reboot), or run the guest on a host with
  nesting on; or drop the vmx/svm requirement if the guest does not host guests.
references:
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
  - https://libvirt.org/formatdomain.html#cpu-model-and-topology
  - https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation
select: self::domain[not(cpu)] | cpu
capture:
  requests: >-
    boolean(feature[(@name='vmx' or @name='svm')
      and (not(@policy) or @policy='require' or @policy='force' or @policy='optional')])
  requires: boolean(feature[(@name='vmx' or @name='svm') and (not(@policy) or @policy='require')])
  check: string(@check)
related: [host.nesting-enabled]
when:
  all:
    - {fact: domain.type, equals: kvm}
    - {fact: host.nesting-enabled, is: false}
    - any:
        - {fact: intent.role, equals: hypervisor}
        - {fact: item.requests, is: true}
severity-when:
  - when: {fact: intent.role, equals: hypervisor}
    severity: error
  - when:
      all:
        - {fact: item.requires, is: true}
        - {fact: item.check, in: [partial, full]}
    severity: error
message: "This domain needs nesting, but the host has it off ({host.nesting-enabled}, {host.nesting-enabled.location}):"
notes:
  - when: {fact: intent.role, equals: hypervisor}
    text: "its intent role is hypervisor, and without vmx/svm it cannot run its own KVM guests."
  - when:
      all:
        - {not: {fact: intent.role, equals: hypervisor}}
        - {fact: item.requests, is: true}
    text: "its CPU asks for vmx/svm, which KVM offers only with nesting on."
  - when:
      all:
        - {fact: item.requires, is: true}
        - {fact: item.check, in: [partial, full]}
    text: "With a required feature and check='{item.check}', libvirt refuses to start it."
  - when: {fact: runtime.nested, is: false}
    text: "Enable nesting in the configuration and reload {host.vendor-module} with every guest stopped, or reboot."
  - when:
      all:
        - {not: {exists: runtime.nested}}
        - {fact: config.nested, is: false}
    text: "Change the winning nested= assignment to nested=1."
examples:
  must-flag:
    - name: a required vmx with check full on an Intel host with nesting off (error)
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        sys/module/kvm_intel/parameters/nested: "N\n"
        etc/libvirt/qemu/l1.xml: |
          <domain type='kvm'>
            <name>l1</name>
          ↓  <cpu mode='custom' match='exact' check='full'>
              <model>Skylake-Server</model>
              <feature policy='require' name='vmx'/>
            </cpu>
          </domain>
    - name: role hypervisor without a cpu element, nesting off in the configuration (error)
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_amd nested=0\n"
        etc/libvirt/qemu/l1.xml: |
          ↓<domain type='kvm'>
            <name>l1</name>
            <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor"/></metadata>
          </domain>
    - name: an optional svm on host-passthrough (warning)
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        sys/module/kvm_amd/parameters/nested: "0\n"
        etc/libvirt/qemu/vm.xml: |
          <domain type='kvm'>
            <name>vm</name>
          ↓  <cpu mode='host-passthrough'><feature policy='optional' name='svm'/></cpu>
          </domain>
  must-not-flag:
    - name: a plain host-model guest does not need nesting
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        sys/module/kvm_intel/parameters/nested: "N\n"
        etc/libvirt/qemu/vm.xml: "<domain type='kvm'><name>vm</name><cpu mode='host-model'/></domain>\n"
    - name: nesting on at runtime wins over a configuration that says off
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/modprobe.d/kvm.conf: "options kvm_intel nested=0\n"
        sys/module/kvm_intel/parameters/nested: "Y\n"
        etc/libvirt/qemu/l1.xml: "<domain type='kvm'><cpu mode='custom'><model>Haswell</model><feature name='vmx'/></cpu></domain>\n"
    - name: a disabled vmx feature does not ask for nesting
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        sys/module/kvm_intel/parameters/nested: "N\n"
        etc/libvirt/qemu/vm.xml: "<domain type='kvm'><cpu mode='custom'><model>Haswell</model><feature policy='disable' name='vmx'/></cpu></domain>\n"
    - name: a template without a host says nothing about nesting
      domain: |
        <domain type='kvm'>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor"/></metadata>
          <cpu mode='host-passthrough'/>
        </domain>
    - name: nesting unknown (default) on the host
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/libvirt/qemu/l1.xml: "<domain type='kvm'><cpu mode='custom'><model>Haswell</model><feature name='vmx'/></cpu></domain>\n"
    - name: a TCG guest does not use the host's KVM nesting
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        sys/module/kvm_intel/parameters/nested: "N\n"
        etc/libvirt/qemu/l1.xml: "<domain type='qemu'><cpu mode='custom'><model>Haswell</model><feature name='vmx'/></cpu></domain>\n"

"""#
        ),
        (
            "NL702-guest-needs-other-vendor-extension.yml",
            #"""
id: NL702
name: guest-needs-other-vendor-extension
severity: error
scope: domain
reads: [domain-xml, cpuinfo, loaded-modules, sysfs-parameter]
tags: [cross-artifact, guest-cpu]
summary: A domain asks for vmx on an AMD host, or svm on an Intel host; KVM can offer only the host vendor's extension.
rationale: >-
  KVM's nested support emulates the host vendor's extension only: kvm_intel offers vmx and
  kvm_amd offers svm. A guest CPU that requires (or forces, or optionally takes) the other
  vendor's feature never gets it: with policy require libvirt refuses to start the guest on
  this host, and with force or optional the guest runs without the nesting it was written for.
  This usually comes from a definition copied between Intel and AMD hosts.
fix: >-
  Name the host vendor's feature (`vmx` on Intel, `svm` on AMD and Hygon), or use
  `<cpu mode='host-model'/>` or `host-passthrough`, which carry the right one when nesting is on.
references:
  - https://libvirt.org/formatdomain.html#cpu-model-and-topology
  - https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html
select: >-
  cpu/feature[(@name='vmx' or @name='svm')
    and (not(@policy) or @policy='require' or @policy='force' or @policy='optional')]
capture:
  name: string(@name)
  policy: string(@policy)
related: [host.vendor-module]
when:
  all:
    - {fact: domain.type, equals: kvm}
    - any:
        - all:
            - {fact: item.name, equals: vmx}
            - {fact: host.vendor-module, equals: kvm_amd}
        - all:
            - {fact: item.name, equals: svm}
            - {fact: host.vendor-module, equals: kvm_intel}
message: "This domain asks for {item.name}, but the host runs {host.vendor-module} ({host.vendor-module-source}), which offers only"
notes:
  - when: {fact: host.vendor-module, equals: kvm_amd}
    text: "svm to its guests: use <feature policy='require' name='svm'/> or a host-model CPU."
  - when: {fact: host.vendor-module, equals: kvm_intel}
    text: "vmx to its guests: use <feature policy='require' name='vmx'/> or a host-model CPU."
examples:
  must-flag:
    - name: vmx on an AMD host
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        etc/libvirt/qemu/l1.xml: |
          <domain type='kvm'>
            <name>l1</name>
            <cpu mode='custom' match='exact'>
              <model fallback='forbid'>EPYC</model>
          ↓    <feature policy='require' name='vmx'/>
            </cpu>
          </domain>
    - name: svm (no policy means require) on an Intel host known from lsmod
      bundle:
        sos_commands/kernel/lsmod: |
          Module                  Size  Used by
          kvm_intel             368640  0
          kvm                  1146880  1 kvm_intel
        etc/libvirt/qemu/l1.xml: |
          <domain type='kvm'>
            <cpu mode='host-passthrough'>
          ↓    <feature name='svm'/>
            </cpu>
          </domain>
  must-not-flag:
    - name: the right vendor's feature
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        etc/libvirt/qemu/l1.xml: "<domain type='kvm'><cpu mode='custom'><model>EPYC</model><feature name='svm'/></cpu></domain>\n"
    - name: disabling the other vendor's feature is harmless
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        etc/libvirt/qemu/vm.xml: "<domain type='kvm'><cpu mode='custom'><model>EPYC</model><feature policy='disable' name='vmx'/></cpu></domain>\n"
    - name: a template, no host
      domain: "<domain type='kvm'><cpu mode='custom'><model>EPYC</model><feature name='vmx'/></cpu></domain>"
    - name: svme-addr-chk is not svm
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/libvirt/qemu/vm.xml: "<domain type='kvm'><cpu mode='custom'><model>Skylake-Server</model><feature name='svme-addr-chk'/></cpu></domain>\n"

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
            "NL707-sev-guest-on-host-without-sev.yml",
            #"""
id: NL707
name: sev-guest-on-host-without-sev
severity: error
scope: domain
reads: [domain-xml, sysfs-parameter, cpuinfo]
tags: [cross-artifact, confidential-computing]
summary: A domain uses AMD SEV (`<launchSecurity type='sev'>` or `'sev-snp'`), but the host's kvm_amd has SEV off.
rationale: >-
  An SEV guest needs KVM's SEV support, which kvm_amd enables only when the CPU, the firmware
  (PSP) and the kernel allow it; /sys/module/kvm_amd/parameters/sev then reads 1 or Y (and
  `sev_snp` for SEV-SNP). When it reads 0 or N, libvirt refuses to start the guest ("SEV is
  not supported"), and an Intel host has no SEV at all. Such a guest cannot run, or be
  migrated or restored, on this host.
fix: >-
  Enable SEV in the firmware and kernel (`mem_encrypt=on`, kvm_amd `sev=1`) and reload kvm_amd
  or reboot, or run the guest on a host whose kvm_amd reports SEV; otherwise remove
  `<launchSecurity>` from the definition.
references:
  - https://libvirt.org/kbase/launch_security_sev.html
  - https://docs.kernel.org/virt/kvm/x86/amd-memory-encryption.html
select: launchSecurity[@type='sev' or @type='sev-snp']
capture:
  type: string(@type)
related: [host.sev-enabled]
when:
  any:
    - {fact: host.sev-enabled, is: false}
    - all:
        - {fact: item.type, equals: sev-snp}
        - {fact: host.sev-snp-enabled, is: false}
message: "This domain uses {item.type}, but this host cannot run it:"
notes:
  - when: {fact: host.sev-enabled, is: false}
    text: "SEV is off here ({host.sev-enabled}, {host.sev-enabled.location}), so libvirt refuses to start the guest."
  - when:
      all:
        - {fact: item.type, equals: sev-snp}
        - {not: {fact: host.sev-enabled, is: false}}
        - {fact: host.sev-snp-enabled, is: false}
    text: "SEV-SNP is off ({host.sev-snp-enabled}, {host.sev-snp-enabled.location})."
examples:
  must-flag:
    - name: sev reads 0
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm sev lm\n"
        sys/module/kvm_amd/parameters/sev: "0\n"
        etc/libvirt/qemu/cvm.xml: |
          <domain type='kvm'>
            <name>cvm</name>
          ↓  <launchSecurity type='sev'>
              <cbitpos>47</cbitpos>
              <reducedPhysBits>1</reducedPhysBits>
              <policy>0x0003</policy>
            </launchSecurity>
          </domain>
    - name: an SEV guest on an Intel host
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/libvirt/qemu/cvm.xml: |
          <domain type='kvm'>
          ↓  <launchSecurity type='sev'><policy>0x0001</policy></launchSecurity>
          </domain>
    - name: SEV-SNP with sev on but sev_snp N
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        sys/module/kvm_amd/parameters/sev: "Y\n"
        sys/module/kvm_amd/parameters/sev_snp: "N\n"
        etc/libvirt/qemu/cvm.xml: |
          <domain type='kvm'>
          ↓  <launchSecurity type='sev-snp'><policy>0x00030000</policy></launchSecurity>
          </domain>
  must-not-flag:
    - name: sev reads Y
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        sys/module/kvm_amd/parameters/sev: "Y\n"
        etc/libvirt/qemu/cvm.xml: "<domain type='kvm'><launchSecurity type='sev'><policy>0x0003</policy></launchSecurity></domain>\n"
    - name: sev reads 1 (an int on older kernels)
      bundle:
        sys/module/kvm_amd/parameters/sev: "1\n"
        etc/libvirt/qemu/cvm.xml: "<domain type='kvm'><launchSecurity type='sev'><policy>0x0003</policy></launchSecurity></domain>\n"
    - name: an AMD host whose SEV state was not collected
      bundle:
        proc/cpuinfo: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"
        etc/libvirt/qemu/cvm.xml: "<domain type='kvm'><launchSecurity type='sev'><policy>0x0003</policy></launchSecurity></domain>\n"
    - name: a template without a host
      domain: "<domain type='kvm'><launchSecurity type='sev'><policy>0x0003</policy></launchSecurity></domain>"
    - name: Intel TDX is not SEV
      bundle:
        proc/cpuinfo: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"
        etc/libvirt/qemu/td.xml: "<domain type='kvm'><launchSecurity type='tdx'/></domain>\n"

"""#
        ),
        (
            "data/module-parameters.yml",
            #"""
# Known parameters of the KVM modules (and of vfio-pci, which KVM hosts configure beside them),
# with their kernel types (kernel/params.c semantics). NL104 (int values), NL105 (bool values)
# and NL106 (unknown names) read this table; nestlint's facts also use it to turn a value into
# true/false.
#
# Form of an entry, under `parameters:` of a module:
#   name: TYPE                      the parameter exists with this type
#   name: {type: TYPE, earlier-types: [TYPE], arch: [ARCH], note: TEXT}
# TYPE is one of bool, bint (an int that takes bool spellings), int, uint, ushort, short, byte,
# long, ulong, string, other (a custom setter nestlint does not judge).
# earlier-types: types the parameter had in older kernels. The release of the change is not
#   pinned, so a value valid under any of the types is never an error (at most a warning).
# arch: architectures where the parameter exists (x86, s390x, ppc64, aarch64); without it, every
#   architecture the module exists on. A module-level `arch` says where the module exists.
# Parameters removed from newer kernels stay listed (with a note): a name that exists in some
# release is never reported as unknown, so an old but valid configuration is not flagged.
source: >-
  Linux 5.10 and 6.x sources (arch/x86/kvm/vmx/vmx.c, vmx/nested.c, svm/svm.c, svm/sev.c,
  svm/avic.c, x86.c, mmu/mmu.c, mmu/spte.c, virt/kvm/kvm_main.c, arch/s390/kvm/kvm-s390.c,
  arch/powerpc/kvm/book3s_hv.c, drivers/vfio/pci/vfio_pci.c and vfio_pci_core.c), read from
  the module_param declarations; older removed names added from release history.
modules:
  kvm:
    parameters:
      # virt/kvm/kvm_main.c: every architecture
      halt_poll_ns: uint
      halt_poll_ns_grow: uint
      halt_poll_ns_grow_start: uint
      halt_poll_ns_shrink: uint
      enable_virt_at_load: bool
      # arch/x86/kvm/x86.c
      ignore_msrs: {type: bool, arch: [x86]}
      report_ignored_msrs: {type: bool, arch: [x86]}
      min_timer_period_us: {type: uint, arch: [x86]}
      kvmclock_periodic_sync: {type: bool, arch: [x86]}
      tsc_tolerance_ppm: {type: uint, arch: [x86]}
      lapic_timer_advance_ns: {type: int, arch: [x86]}
      vector_hashing: {type: bool, arch: [x86]}
      enable_vmware_backdoor: {type: bool, arch: [x86]}
      force_emulation_prefix: {type: int, earlier-types: [bool], arch: [x86]}
      pi_inject_timer: {type: bint, arch: [x86]}
      enable_pmu: {type: bool, arch: [x86]}
      eager_page_split: {type: bool, arch: [x86]}
      mitigate_smt_rsb: {type: bool, arch: [x86]}
      enable_device_posted_irqs: {type: bool, arch: [x86]}
      allow_unsafe_assigned_interrupts: {type: bool, arch: [x86], note: removed with device assignment (Linux 4.x)}
      oos_shadow: {type: bool, arch: [x86], note: removed in Linux 2.6}
      # arch/x86/kvm/mmu/mmu.c and spte.c
      nx_huge_pages: {type: other, arch: [x86], note: "off, force, auto or a bool"}
      nx_huge_pages_recovery_ratio: {type: uint, arch: [x86]}
      nx_huge_pages_recovery_period_ms: {type: uint, arch: [x86]}
      tdp_mmu: {type: bool, arch: [x86]}
      flush_on_reuse: {type: bool, arch: [x86]}
      mmio_caching: {type: bool, arch: [x86]}
      mmu_audit: {type: bool, arch: [x86], note: removed in Linux 5.x}
      # arch/s390/kvm/kvm-s390.c: nested is an int, default 0, exclusive with hpage
      nested: {type: int, arch: [s390x]}
      hpage: {type: int, arch: [s390x]}
      hpage_2g: {type: int, arch: [s390x]}
      halt_poll_max_steal: {type: byte, arch: [s390x]}
      use_gisa: {type: bool, arch: [s390x]}
      async_destroy: {type: int, arch: [s390x]}
  kvm_intel:
    arch: [x86]
    parameters:
      nested: bool
      vpid: bool
      vnmi: bool
      flexpriority: bool
      ept: bool
      unrestricted_guest: bool
      eptad: bool
      emulate_invalid_guest_state: bool
      fasteoi: bool
      enable_apicv: bool
      enable_ipiv: bool
      pml: bool
      dump_invalid_vmcs: bool
      preemption_timer: bool
      ple_gap: {type: uint, earlier-types: [int]}
      ple_window: {type: uint, earlier-types: [int]}
      ple_window_grow: {type: uint, earlier-types: [int]}
      ple_window_shrink: {type: uint, earlier-types: [int]}
      ple_window_max: {type: uint, earlier-types: [int]}
      pt_mode: int
      vmentry_l1d_flush: {type: other, note: "auto, never, cond or always"}
      enlightened_vmcs: bool
      enable_shadow_vmcs: bool
      nested_early_check: bool
      error_on_inconsistent_vmcs_config: bool
      sgx: bool
      allow_smaller_maxphyaddr: {type: bool, note: a module parameter in Linux 5.9 to 5.x only}
      yield_on_hlt: {type: bool, note: removed in Linux 3.x}
      vmm_exclusive: {type: bool, note: removed in Linux 4.x}
  kvm_amd:
    arch: [x86]
    parameters:
      # svm.c: nested is still an int (sysfs shows 1/0)
      nested: int
      npt: {type: bool, earlier-types: [int], note: "int in Linux 5.10, bool later"}
      nrips: int
      vls: int
      vgif: int
      lbrv: int
      tsc_scaling: int
      avic: {type: bool, earlier-types: [int]}
      force_avic: bool
      enable_ipiv: bool
      dump_invalid_vmcb: bool
      intercept_smi: bool
      vnmi: bool
      enable_device_posted_irqs: bool
      pause_filter_thresh: ushort
      pause_filter_count: ushort
      pause_filter_count_grow: ushort
      pause_filter_count_shrink: ushort
      pause_filter_count_max: ushort
      # sev.c
      sev: {type: bool, earlier-types: [int], note: "int in Linux 5.10, bool later"}
      sev_es: {type: bool, earlier-types: [int]}
      sev_snp: bool
      debug_swap: bool
      ciphertext_hiding_asids: uint
  kvm_hv:
    arch: [ppc64]
    parameters:
      # book3s_hv.c: nested is a bool, default Y (POWER9 radix only), writable at runtime
      nested: bool
      dynamic_mt_modes: int
      target_smt_mode: int
      indep_threads_mode: bool
      one_vm_per_core: bool
      kvm_irq_bypass: int
      h_ipi_redirect: int
  vfio_pci:
    parameters:
      ids: string
      enable_sriov: bool
      disable_denylist: bool
      # in vfio_pci until the vfio_pci_core split, in vfio_pci_core after it
      nointxmask: bool
      disable_vga: bool
      disable_idle_d3: bool
  vfio_pci_core:
    parameters:
      nointxmask: bool
      disable_vga: bool
      disable_idle_d3: bool

"""#
        ),
    ]

    /// `rules/NL001-malformed-xml.yml`, as `RuleLoader` reads it.
    private static func ruleNL001() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(0)
        return try Rule(
            id: "NL001",
            name: "malformed-xml",
            severity: .error,
            scope: .artifact,
            summary: "An XML artifact is not well-formed, or libxml2 refuses it (entity loop, size or depth limits).",
            rationale: "libvirt refuses a domain definition that is not well-formed XML, so the guest cannot be defined or started from it, and nestlint cannot check it either. nestlint parses with network access off, no entity substitution and libxml2's default limits; it never repairs a document, so what it reports is exactly what libxml2 rejected.",
            fix: "Fix the XML at the reported line (xmllint --noout FILE shows the same error), or regenerate the file with `virsh dumpxml`. Remove entity declarations: libvirt does not use them.",
            references: ["https://libvirt.org/formatdomain.html", "https://gitlab.gnome.org/GNOME/libxml2/-/wikis/home"],
            blocks: [],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["input-integrity"],
            forEach: "problems",
            select: nil,
            captures: [],
            condition: .compare(FactReference("item.kind"), .equals(.string("malformed-xml"))),
            at: nil,
            related: [],
            message: file.template("XML refused: {item.message}. The file was not linted (nestlint never repairs XML)."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "mismatched closing tag", mustFlag: true, input: .domain("<domain type='kvm'>\n  <name>vm1</name>\n\u{2193}</domian>\n"), line: 26),
                RuleExample(name: "entity expansion loop (billion laughs) is refused, not expanded", mustFlag: true, input: .domain("<?xml version=\"1.0\"?>\n<!DOCTYPE domain [\n  <!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n  <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n  <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n  <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n  <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n  <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n  <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n]>\n<domain type='kvm'>\n\u{2193}  <name>&g;</name>\n</domain>\n"), line: 31),
                RuleExample(name: "a live status file in a bundle that was cut short", mustFlag: true, input: .bundle(files: [(path: "etc/libvirt/qemu/vm1.xml", contents: "<domain type='kvm'><name>vm1</name></domain>\n"), (path: "run/libvirt/qemu/vm1.xml", contents: "<domstatus state='running'>\n  <domain type='kvm'>\n\u{2193}    <name>vm1</name>")], links: []), line: 46),
                RuleExample(name: "well-formed domain", mustFlag: false, input: .domain("<domain type='kvm'>\n  <name>vm1</name>\n</domain>\n"), line: 55),
                RuleExample(name: "an external entity declared but not used is well-formed, and is never loaded", mustFlag: false, input: .domain("<?xml version=\"1.0\"?>\n<!DOCTYPE domain [<!ENTITY secret SYSTEM \"file:///etc/shadow\">]>\n<domain type='kvm'><name>vm1</name></domain>\n"), line: 60),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL002-unreadable-artifact.yml`, as `RuleLoader` reads it.
    private static func ruleNL002() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(1)
        return try Rule(
            id: "NL002",
            name: "unreadable-artifact",
            severity: .warning,
            scope: .artifact,
            summary: "A file nestlint should read cannot be used (not text, over the size limit, not a regular file, or a link leaving the bundle).",
            rationale: "A check whose evidence cannot be read is a check that silently did not happen. nestlint reads only regular files inside the bundle: symbolic links are followed inside the bundle root only, FIFOs, sockets and devices are never opened, files with NUL bytes are not text, and files over the size limit (16 MiB by default) are skipped. Each such file is reported so that a clean result is never mistaken for a checked one.",
            fix: "Collect the file again (a complete sosreport, or a copy that keeps relative links), make it readable, or raise the limit with --max-file-size when the file is legitimately large.",
            references: ["https://github.com/sosreport/sos"],
            blocks: [],
            reads: ["any"],
            tags: ["input-integrity"],
            forEach: "problems",
            select: nil,
            captures: [],
            condition: .compare(FactReference("item.kind"), .equals(.string("unreadable"))),
            at: nil,
            related: [],
            message: file.template("Not checked: {item.message}."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "binary junk in /proc/cpuinfo", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "\u{2193}\u{0}\u{1}\u{2}ELF\n")], links: []), line: 26),
                RuleExample(name: "a link that leaves the bundle is not followed", mustFlag: true, input: .bundle(files: [(path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n")], links: [(path: "\u{2193}proc/cpuinfo", target: "../../../../etc/passwd")]), line: 29),
                RuleExample(name: "an absolute link that climbs out of the root is not followed", mustFlag: true, input: .bundle(files: [(path: "proc/version", contents: "Linux version 6.1.0\n")], links: [(path: "\u{2193}proc/cmdline", target: "/../../../etc/shadow")]), line: 34),
                RuleExample(name: "a link loop", mustFlag: true, input: .bundle(files: [(path: "proc/version", contents: "Linux version 6.1.0\n")], links: [(path: "\u{2193}proc/cpuinfo", target: "cpuinfo2"), (path: "proc/cpuinfo2", target: "cpuinfo")]), line: 39),
                RuleExample(name: "a relative link inside the bundle, as sosreports have", mustFlag: false, input: .bundle(files: [(path: "sos_commands/kernel/lsmod", contents: "Module                  Size  Used by\nkvm_intel             368640  0\n"), (path: "proc/cpuinfo", contents: "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n")], links: [(path: "lsmod", target: "sos_commands/kernel/lsmod")]), line: 46),
                RuleExample(name: "an absolute link resolved inside the bundle root", mustFlag: false, input: .bundle(files: [(path: "usr/lib/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n"), (path: "proc/version", contents: "Linux version 6.1.0\n")], links: [(path: "lib", target: "/usr/lib")]), line: 54),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL003-unused-suppression.yml`, as `RuleLoader` reads it.
    private static func ruleNL003() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(2)
        return try Rule(
            id: "NL003",
            name: "unused-suppression",
            severity: .note,
            scope: .artifact,
            summary: "A nestlint-ignore comment silences nothing (no matching finding on the next line, an unknown rule id, or no reason).",
            rationale: "Inline suppressions must stay true: once the problem below a `nestlint-ignore` comment is fixed or moved, the comment would silently swallow a future, different finding on that line. A suppression without a reason does not apply at all, because a silenced finding must say why it is acceptable.",
            fix: "Delete the comment, move it to the line directly above the flagged line, fix the rule id, or add the reason: `nestlint-ignore: NL203 -- lab host, nesting is not wanted here`.",
            references: ["https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/sarif-v2.1.0-os.html#_Toc34317661"],
            blocks: [],
            reads: ["domain-xml", "modprobe-config"],
            tags: ["input-integrity", "suppression"],
            forEach: "unused-suppressions",
            select: nil,
            captures: [],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("This nestlint-ignore comment for {item.ids} {item.problem}."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "the line below is clean", mustFlag: true, input: .modprobe("\u{2193}# nestlint-ignore: NL203 -- lab host\noptions kvm_intel nested=1\n"), line: 22),
                RuleExample(name: "no reason", mustFlag: true, input: .domain("<domain type='kvm'>\n  \u{2193}<!-- nestlint-ignore: NL401 -->\n  <name>vm</name>\n</domain>\n"), line: 26),
                RuleExample(name: "a suppression that silences a finding on the next line", mustFlag: false, input: .domain("<!-- nestlint-ignore: NL401 -- this template is filled in by the provisioning tool -->\n<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\"/></metadata>\n</domain>\n"), line: 33),
                RuleExample(name: "an ordinary comment", mustFlag: false, input: .modprobe("# nested guests for the CI runners\noptions kvm_intel nested=1\n"), line: 39),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL101-kvm-options-in-ignored-file.yml`, as `RuleLoader` reads it.
    private static func ruleNL101() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(3)
        return try Rule(
            id: "NL101",
            name: "kvm-options-in-ignored-file",
            severity: .warning,
            scope: .host,
            summary: "A file in a modprobe.d directory sets options for kvm, kvm_intel or kvm_amd, but modprobe never reads it.",
            rationale: "kmod reads only regular files whose name ends in `.conf`; it skips dot-files and rejects sub-directories (modprobe.d(5)). Backups and drafts such as `kvm.conf.bak`, `kvm.conf~`, `kvm.conf.dpkg-old`, `.kvm.conf` or `kvm` are never read, so the `options` they hold (often the line that was meant to enable nesting) have no effect at all, and nothing warns about it on the host.",
            fix: "Rename the file to `*.conf` directly in the modprobe.d directory if its options are wanted (mind the order: files are read sorted by name), or delete the stray copy.",
            references: ["https://man7.org/linux/man-pages/man5/modprobe.d.5.html", "https://github.com/kmod-project/kmod/blob/master/libkmod/libkmod-config.c"],
            blocks: [],
            reads: ["modprobe-config"],
            tags: ["module-configuration"],
            forEach: "modprobe.ignored-kvm-options",
            select: nil,
            captures: [],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("{item.file} sets options for {item.module} (\"{item.line}\"), but modprobe never reads this file because {item.reason}: these options are not applied. Rename it to a *.conf file in the modprobe.d directory, or delete it."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "a backup copy with the nesting line", mustFlag: true, input: .bundle(files: [(path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel ept=1\n"), (path: "etc/modprobe.d/kvm.conf.bak", contents: "# nested guests\n\u{2193}options kvm_intel nested=1\n")], links: []), line: 27),
                RuleExample(name: "an editor backup, kvm-intel spelling, in /usr/lib", mustFlag: true, input: .bundle(files: [(path: "usr/lib/modprobe.d/kvm.conf~", contents: "\u{2193}options kvm-intel nested=Y\n")], links: []), line: 33),
                RuleExample(name: "a dot-file without a final newline (every example also runs with CRLF line ends)", mustFlag: true, input: .bundle(files: [(path: "etc/modprobe.d/.kvm.conf", contents: "# hidden\n\u{2193}options kvm_amd nested=1")], links: []), line: 36),
                RuleExample(name: "a file in a sub-directory, several options lines (the first one is reported)", mustFlag: true, input: .bundle(files: [(path: "etc/modprobe.d/disabled/kvm.conf", contents: "options vfio-pci ids=10de:1b81\n\u{2193}options kvm ignore_msrs=1\noptions kvm_amd nested=1\n")], links: []), line: 39),
                RuleExample(name: "a file without any suffix", mustFlag: true, input: .bundle(files: [(path: "lib/modprobe.d/kvm", contents: "\u{2193}options kvm_amd nested=0\n")], links: []), line: 45),
                RuleExample(name: "a .conf file is read", mustFlag: false, input: .bundle(files: [(path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n")], links: []), line: 49),
                RuleExample(name: "an ignored file without KVM options", mustFlag: false, input: .bundle(files: [(path: "etc/modprobe.d/vfio.conf.bak", contents: "options vfio-pci ids=10de:1b81\n")], links: []), line: 52),
                RuleExample(name: "a commented-out line is not an options line", mustFlag: false, input: .bundle(files: [(path: "etc/modprobe.d/kvm.conf.rpmsave", contents: "#options kvm_intel nested=1\n")], links: []), line: 55),
                RuleExample(name: "a blacklist line in an ignored file is not an options line", mustFlag: false, input: .bundle(files: [(path: "etc/modprobe.d/kvm.conf.orig", contents: "blacklist kvm_intel\n")], links: []), line: 58),
                RuleExample(name: "a bundle with no modprobe.d at all", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n")], links: []), line: 61),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL102-config-file-shadowed.yml`, as `RuleLoader` reads it.
    private static func ruleNL102() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(4)
        return try Rule(
            id: "NL102",
            name: "config-file-shadowed",
            severity: .warning,
            scope: .host,
            summary: "A modprobe.d file holding KVM lines is dropped because a file with the same name exists in a higher-precedence directory.",
            rationale: "kmod merges the files of /etc/modprobe.d, /run/modprobe.d, /usr/local/lib/modprobe.d, /usr/lib/modprobe.d and /lib/modprobe.d by name; when two directories hold the same file name, only the copy in the highest-precedence directory is read and the other is dropped whole (modprobe.d(5)). A package's /lib/modprobe.d/kvm.conf edited in place, or an /etc/modprobe.d/kvm.conf that only meant to add one line, silently replaces the other copy's KVM options. When both copies hold the same KVM lines nothing is lost, and this is only a note.",
            fix: "Merge the intent into the winning file (the one in the higher-precedence directory), or give the dropped file its own name so that both are read.",
            references: ["https://man7.org/linux/man-pages/man5/modprobe.d.5.html", "https://github.com/kmod-project/kmod/blob/master/libkmod/libkmod-config.c"],
            blocks: [],
            reads: ["modprobe-config"],
            tags: ["module-configuration"],
            forEach: "modprobe.shadowed-kvm-files",
            select: nil,
            captures: [],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("modprobe never reads {item.file}: {item.winner} has the same name in a higher-precedence directory and replaces it whole."),
            notes: [(condition: .compare(FactReference("item.same-kvm-lines"), .equals(.bool(false))), text: file.template("Its KVM lines are lost (first: {item.first-kvm-line}); the copy that is read has {item.winner-kvm-lines}. Merge them into {item.winner} or rename this file.")), (condition: .all([.compare(FactReference("item.same-kvm-lines"), .equals(.bool(true))), .compare(FactReference("item.identical"), .equals(.bool(true)))]), text: file.template("Both copies say the same, so nothing is lost; delete one to avoid editing the wrong one.")), (condition: .all([.compare(FactReference("item.same-kvm-lines"), .equals(.bool(true))), .compare(FactReference("item.identical"), .equals(.bool(false)))]), text: file.template("The winning copy has the same KVM lines, so no KVM option is lost."))],
            severityOverrides: [(condition: .compare(FactReference("item.same-kvm-lines"), .equals(.bool(true))), severity: .note)],
            edit: nil,
            examples: [
                RuleExample(name: "a same-name copy in /lib/modprobe.d loses its nesting line", mustFlag: true, input: .bundle(files: [(path: "etc/modprobe.d/kvm.conf", contents: "options kvm ignore_msrs=1\n"), (path: "lib/modprobe.d/kvm.conf", contents: "\u{2193}# shipped by the package\noptions kvm_intel nested=1\n")], links: []), line: 45),
                RuleExample(name: "/usr/lib loses to /run, several options lines for one module", mustFlag: true, input: .bundle(files: [(path: "run/modprobe.d/kvm-amd.conf", contents: "options kvm_amd nested=0\n"), (path: "usr/lib/modprobe.d/kvm-amd.conf", contents: "\u{2193}options kvm_amd nested=1\noptions kvm_amd avic=1\n")], links: []), line: 51),
                RuleExample(name: "identical copies are a note, and the spelling of the module does not matter", mustFlag: true, input: .bundle(files: [(path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n"), (path: "usr/lib/modprobe.d/kvm.conf", contents: "\u{2193}options kvm-intel nested=1\n")], links: []), line: 57),
                RuleExample(name: "a blacklist line is a KVM line too", mustFlag: true, input: .bundle(files: [(path: "etc/modprobe.d/local.conf", contents: "options kvm_amd nested=1\n"), (path: "lib/modprobe.d/local.conf", contents: "\u{2193}blacklist kvm_intel\n")], links: []), line: 61),
                RuleExample(name: "different names are all read, whatever the directory", mustFlag: false, input: .bundle(files: [(path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=0\n"), (path: "usr/lib/modprobe.d/zz-kvm.conf", contents: "options kvm_intel nested=1\n")], links: []), line: 66),
                RuleExample(name: "a dropped copy without KVM lines", mustFlag: false, input: .bundle(files: [(path: "etc/modprobe.d/vfio.conf", contents: "options vfio-pci ids=10de:1b81\n"), (path: "lib/modprobe.d/vfio.conf", contents: "options vfio-pci ids=10de:1b82\n")], links: []), line: 70),
                RuleExample(name: "one physical file reached through the merged-/usr link is one copy", mustFlag: false, input: .bundle(files: [(path: "usr/lib/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n"), (path: "proc/version", contents: "Linux version 6.1.0\n")], links: [(path: "lib", target: "usr/lib")]), line: 74),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL103-conflicting-nested-settings.yml`, as `RuleLoader` reads it.
    private static func ruleNL103() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(5)
        return try Rule(
            id: "NL103",
            name: "conflicting-nested-settings",
            severity: .warning,
            scope: .host,
            summary: "The vendor KVM module's `nested` is set more than once, to different values, across modprobe.d and the kernel command line.",
            rationale: "kmod collects the `options` lines of a module from every file it reads, sorted by file name and then by line, and appends `<module>.<param>=` tokens from /proc/cmdline; the kernel applies them left to right, so the last one wins. Two places that disagree make the result depend on file names (`/usr/lib/modprobe.d/zz-kvm.conf` is read after `/etc/modprobe.d/kvm.conf`) and on the boot line, which is easy to misread and easy to break with the next package update.",
            fix: "Keep one source of truth: delete the assignments that lose, and keep the one you want in a single file (or on the kernel command line only).",
            references: ["https://man7.org/linux/man-pages/man5/modprobe.d.5.html", "https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html"],
            blocks: [],
            reads: ["modprobe-config", "kernel-cmdline", "cpuinfo"],
            tags: ["module-configuration"],
            forEach: "config.nested-conflicts",
            select: nil,
            captures: [],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("{item.module} nested is set {item.count} times with different values; the last assignment wins, so nesting is {item.effective} from {item.token} here (overridden: {item.overridden}). Keep one source of truth."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "on in /etc, off in a file that sorts later in /usr/lib", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n"), (path: "usr/lib/modprobe.d/zz-kvm.conf", contents: "\u{2193}options kvm-intel nested=N\n")], links: []), line: 28),
                RuleExample(name: "the kernel command line overrides a file", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_amd nested=1\n"), (path: "proc/cmdline", contents: "\u{2193}BOOT_IMAGE=/vmlinuz root=/dev/sda1 kvm_amd.nested=0 quiet\n")], links: []), line: 33),
                RuleExample(name: "several options lines for one module in one file", mustFlag: true, input: .modprobe("options kvm_intel nested=Y\noptions kvm_intel ept=Y\n\u{2193}options kvm_intel nested=0\n"), line: 38),
                RuleExample(name: "two settings on one line", mustFlag: true, input: .modprobe("\u{2193}options kvm_amd nested=1 avic=1 nested=0\n"), line: 43),
                RuleExample(name: "Intel Y and 1 mean the same", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/a.conf", contents: "options kvm_intel nested=Y\n"), (path: "etc/modprobe.d/b.conf", contents: "options kvm-intel nested=1\n")], links: []), line: 47),
                RuleExample(name: "AMD 1 and 0x1 mean the same", mustFlag: false, input: .modprobe("options kvm_amd nested=1\noptions kvm_amd nested=0x1\n"), line: 52),
                RuleExample(name: "the other vendor's module is not this host's", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\noptions kvm_amd nested=1\noptions kvm_amd nested=0\n")], links: []), line: 56),
                RuleExample(name: "a shadowed copy is never read, so it does not conflict", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n"), (path: "lib/modprobe.d/kvm.conf", contents: "options kvm_intel nested=0\n")], links: []), line: 63),
                RuleExample(name: "a file modprobe ignores does not conflict", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n"), (path: "etc/modprobe.d/kvm.conf.old", contents: "options kvm_intel nested=0\n")], links: []), line: 68),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL104-non-integer-int-parameter.yml`, as `RuleLoader` reads it.
    private static func ruleNL104() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(6)
        return try Rule(
            id: "NL104",
            name: "non-integer-int-parameter",
            severity: .error,
            scope: .host,
            summary: "An integer module parameter (kvm_amd `nested`, s390 kvm `nested`, \u{2026}) is given a value that is not a base-0 integer, so the module refuses to load.",
            rationale: "kvm_amd's `nested` is an int, not a bool (sysfs shows 1/0, unlike kvm_intel's Y/N). The kernel parses int parameters with kstrtoint in base 0: decimal, 0x hex or leading-0 octal. `Y`, `y`, `N`, `true`, `on`, an empty value or a missing `=value` are rejected with \"Invalid argument\", and a bad value fails the load of the whole module: no kvm_amd, no KVM acceleration at all. The same holds for every integer parameter in the parameter table (rules/data/module-parameters.yml). When the parameter was another type in older kernels (kvm_amd `npt` was an int, is a bool) and the value suits that type, this is a warning.",
            fix: "Use `nested=1` or `nested=0` (any integer for other int parameters), then reload the module or reboot.",
            references: ["https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html", "https://github.com/torvalds/linux/blob/master/kernel/params.c", "https://github.com/torvalds/linux/blob/master/lib/kstrtox.c"],
            blocks: [],
            reads: ["modprobe-config", "kernel-cmdline", "cpuinfo"],
            tags: ["module-configuration"],
            forEach: "modprobe.assignments",
            select: nil,
            captures: [],
            condition: .compare(FactReference("item.value-check"), .oneOf([.string("int-rejected"), .string("int-rejected-some-kernels")])),
            at: nil,
            related: [],
            message: file.template("{item.module} {item.parameter} is an integer parameter ({item.type}), but {item.token} gives it {item.value-shown}, which the kernel does not parse as {item.expected}:"),
            notes: [(condition: .compare(FactReference("item.value-check"), .equals(.string("int-rejected"))), text: file.template("modprobe {item.module} fails with \"Invalid argument\" and the module does not load. Use {item.parameter}=1 or {item.parameter}=0.")), (condition: .compare(FactReference("item.value-check"), .equals(.string("int-rejected-some-kernels"))), text: file.template("the parameter has been {item.types} across kernel releases, so kernels where it is an integer refuse to load {item.module}. Use {item.parameter}=1 or {item.parameter}=0, which every release accepts.")), (condition: .compare(FactReference("item.arch-assumed"), .equals(.bool(true))), text: file.template("(No cpuinfo: the host was taken to be x86.)"))],
            severityOverrides: [(condition: .compare(FactReference("item.value-check"), .equals(.string("int-rejected-some-kernels"))), severity: .warning)],
            edit: nil,
            examples: [
                RuleExample(name: "Intel's Y on AMD's int parameter (the classic copy-paste)", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/modprobe.d/kvm-amd.conf", contents: "# enable nesting\n\u{2193}options kvm_amd nested=Y\n")], links: []), line: 47),
                RuleExample(name: "no value at all, dash spelling, no final newline", mustFlag: true, input: .modprobe("\u{2193}options kvm-amd nested"), line: 53),
                RuleExample(name: "an empty value and a word on the kernel command line", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "proc/cmdline", contents: "\u{2193}BOOT_IMAGE=/vmlinuz kvm_amd.nested=true quiet\n"), (path: "etc/modprobe.d/kvm.conf", contents: "\u{2193}options kvm_amd nested=\n")], links: []), line: 55),
                RuleExample(name: "s390 kvm nested is an int too", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id       : IBM/S390\n# processors    : 2\n"), (path: "etc/modprobe.d/kvm.conf", contents: "\u{2193}options kvm nested=on\n")], links: []), line: 60),
                RuleExample(name: "an unsigned parameter given a negative number", mustFlag: true, input: .modprobe("\u{2193}options kvm_intel ple_gap=-1 ept=1\n"), line: 64),
                RuleExample(name: "npt was an int in older kernels, so Y is a warning", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "\u{2193}options kvm_amd npt=Y\n")], links: []), line: 66),
                RuleExample(name: "AMD 1 and 0, hex and octal", mustFlag: false, input: .modprobe("options kvm_amd nested=1\noptions kvm_amd nested=0x1 pause_filter_count=010\n"), line: 71),
                RuleExample(name: "Intel Y is right for kvm_intel's bool", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=Y\n")], links: []), line: 75),
                RuleExample(name: "a file modprobe ignores is never applied", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/modprobe.d/kvm.conf.disabled", contents: "options kvm_amd nested=Y\n")], links: []), line: 79),
                RuleExample(name: "on x86, kvm has no nested parameter (that is NL106, not a value problem)", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm nested=on\n")], links: []), line: 83),
                RuleExample(name: "modules outside the parameter table are not judged", mustFlag: false, input: .modprobe("options it87 ignore_resource_conflict=yes\n"), line: 87),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL105-invalid-bool-parameter-value.yml`, as `RuleLoader` reads it.
    private static func ruleNL105() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(7)
        return try Rule(
            id: "NL105",
            name: "invalid-bool-parameter-value",
            severity: .error,
            scope: .host,
            summary: "A bool module parameter (kvm_intel `nested`, `ept`, \u{2026}) is given a value the kernel does not accept, so the module refuses to load.",
            rationale: "Bool parameters are parsed by kstrtobool, which looks at the first character(s) only: `y Y 1 n N 0` always work; `on`/`off` only since about Linux 4.6; `t`/`T`/`f`/`F` (true, false) only since about 5.19; `e`/`d` (enable, disable) only on very recent kernels (the release is not pinned). Any other value (`2`, `x`, an empty value) is rejected with \"Invalid argument\", and the whole module fails to load; `yes` works because only its `y` is read. nestlint uses the bundle's kernel release (proc/version, uname) to tell: when the value is accepted only by newer kernels than the bundle's, or when the release is unknown, this is a warning.",
            fix: "Use `Y`/`N` or `1`/`0`, which every kernel accepts.",
            references: ["https://github.com/torvalds/linux/blob/master/lib/kstrtox.c", "https://github.com/torvalds/linux/blob/master/kernel/params.c", "https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html"],
            blocks: [],
            reads: ["modprobe-config", "kernel-cmdline", "kernel-version", "cpuinfo"],
            tags: ["module-configuration"],
            forEach: "modprobe.assignments",
            select: nil,
            captures: [],
            condition: .compare(FactReference("item.value-check"), .oneOf([.string("bool-rejected"), .string("bool-needs-newer-kernel"), .string("bool-kernel-unknown"), .string("bool-rejected-some-kernels")])),
            at: nil,
            related: [],
            message: file.template("{item.module} {item.parameter} is a bool parameter; {item.token} gives it {item.value-shown}:"),
            notes: [(condition: .compare(FactReference("item.value-check"), .equals(.string("bool-rejected"))), text: file.template("no kernel accepts that, so modprobe {item.module} fails with \"Invalid argument\" and the module does not load. Use {item.parameter}=Y or {item.parameter}=N (or 1/0).")), (condition: .compare(FactReference("item.value-check"), .equals(.string("bool-needs-newer-kernel"))), text: file.template("kernels accept it only since about {item.accepted-since}, and this host runs {kernel.version} ({kernel.version.location}), whose kstrtobool rejects it, so the module would not load. Use {item.parameter}=Y or {item.parameter}=N (or 1/0).")), (condition: .compare(FactReference("item.value-check"), .equals(.string("bool-kernel-unknown"))), text: file.template("only kernels since about {item.accepted-since} accept it, and the bundle does not say which kernel runs here; older kernels refuse to load the module. Use {item.parameter}=Y or {item.parameter}=N (or 1/0), which every kernel accepts.")), (condition: .compare(FactReference("item.value-check"), .equals(.string("bool-rejected-some-kernels"))), text: file.template("the parameter has been {item.types} across kernel releases, and kernels where it is a bool refuse the value. Use {item.parameter}=1 or {item.parameter}=0, which every release accepts."))],
            severityOverrides: [(condition: .compare(FactReference("item.value-check"), .oneOf([.string("bool-needs-newer-kernel"), .string("bool-kernel-unknown"), .string("bool-rejected-some-kernels")])), severity: .warning)],
            edit: nil,
            examples: [
                RuleExample(name: "a value no kernel accepts", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "\u{2193}options kvm_intel nested=2\n")], links: []), line: 52),
                RuleExample(name: "an empty value, kvm-intel spelling, on the command line", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "proc/cmdline", contents: "\u{2193}ro quiet kvm-intel.ept=\n")], links: []), line: 57),
                RuleExample(name: "true is a warning when the kernel is older than 5.19", mustFlag: true, input: .bundle(files: [(path: "proc/version", contents: "Linux version 5.15.0-91-generic (buildd@lcy02) #101-Ubuntu SMP\n"), (path: "etc/modprobe.d/kvm.conf", contents: "\u{2193}options kvm_intel nested=true\n")], links: []), line: 61),
                RuleExample(name: "on is a warning when the kernel release is unknown", mustFlag: true, input: .modprobe("# enable nesting\n\u{2193}options kvm-intel nested=on\n"), line: 65),
                RuleExample(name: "enable is accepted by very recent kernels only", mustFlag: true, input: .bundle(files: [(path: "proc/version", contents: "Linux version 6.1.0-18-amd64\n"), (path: "etc/modprobe.d/kvm.conf", contents: "\u{2193}options kvm_intel nested=enable\n")], links: []), line: 69),
                RuleExample(name: "a bool on the kvm module", mustFlag: true, input: .modprobe("\u{2193}options kvm ignore_msrs=2\n"), line: 73),
                RuleExample(name: "Y, N, 1, 0 and lower case y", mustFlag: false, input: .modprobe("options kvm_intel nested=Y ept=N\noptions kvm-intel enable_shadow_vmcs=1 enable_apicv=0 vpid=y\n"), line: 76),
                RuleExample(name: "a bool with no value means true", mustFlag: false, input: .modprobe("options kvm_intel nested\n"), line: 80),
                RuleExample(name: "on is fine on a kernel newer than 4.6", mustFlag: false, input: .bundle(files: [(path: "sos_commands/kernel/uname_-a", contents: "Linux host 5.4.0-150-generic #167-Ubuntu SMP x86_64 GNU/Linux\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=on\n")], links: []), line: 82),
                RuleExample(name: "true is fine on 6.1", mustFlag: false, input: .bundle(files: [(path: "proc/version", contents: "Linux version 6.1.0-18-amd64\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=true\n")], links: []), line: 86),
                RuleExample(name: "yes starts with y, which every kernel accepts", mustFlag: false, input: .modprobe("options kvm_intel nested=yes\n"), line: 90),
                RuleExample(name: "kvm_amd nested is an int, judged by NL104", mustFlag: false, input: .modprobe("options kvm_amd nested=2\n"), line: 92),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL106-unknown-module-parameter.yml`, as `RuleLoader` reads it.
    private static func ruleNL106() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(8)
        return try Rule(
            id: "NL106",
            name: "unknown-module-parameter",
            severity: .warning,
            scope: .host,
            summary: "An options token names a parameter the module does not have, so the setting is silently lost.",
            rationale: "The kernel logs an unknown parameter name (\"unknown parameter 'nest' ignored\") and loads the module without it: the intent is lost and nothing on the command line says so. The classic case is `options kvm nested=1` on x86, where `nested` belongs to kvm_intel or kvm_amd (the kvm module has `nested` only on s390x), or a typo such as `nest=1` or `diable_vga=1`. Names are compared after `-`/`_` folding, against the parameter table kept beside the rules (rules/data/module-parameters.yml), which lists every name a release has had; modules that are not in the table are not judged.",
            fix: "Fix the parameter name, or move the option to the module that has it (`options kvm_intel nested=1` or `options kvm_amd nested=1`).",
            references: ["https://github.com/torvalds/linux/blob/master/kernel/params.c", "https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html"],
            blocks: [],
            reads: ["modprobe-config", "kernel-cmdline", "cpuinfo"],
            tags: ["module-configuration"],
            forEach: "modprobe.assignments",
            select: nil,
            captures: [],
            condition: .all([.compare(FactReference("item.known-parameter"), .equals(.bool(false))), .compare(FactReference("item.junk"), .equals(.bool(false)))]),
            at: nil,
            related: [],
            message: file.template("{item.module} has no parameter '{item.parameter}': the kernel ignores {item.token} (it logs \"unknown parameter\") and loads the module without it."),
            notes: [(condition: .exists(FactReference("item.belongs-to")), text: file.template("'{item.parameter}' belongs to {item.belongs-to}: write it on that module's options line.")), (condition: .all([.exists(FactReference("item.suggestion")), .not(.exists(FactReference("item.belongs-to")))]), text: file.template("Did you mean '{item.suggestion}'?")), (condition: .compare(FactReference("item.arch-assumed"), .equals(.bool(true))), text: file.template("(No cpuinfo: the host was taken to be x86.)"))],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "nested on the kvm module on x86", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "\u{2193}options kvm nested=1\n")], links: []), line: 42),
                RuleExample(name: "a typo, with the module spelt with a dash", mustFlag: true, input: .modprobe("options kvm-intel ept=1\n\u{2193}options kvm-intel nest=1\n"), line: 47),
                RuleExample(name: "the vfio-pci typo from a real host, CRLF-safe and without a final newline", mustFlag: true, input: .modprobe("options vfio-pci ids=1002:731f,1002:ab38\n\u{2193}options vfio-pci diable_vga=1"), line: 51),
                RuleExample(name: "on the kernel command line", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "proc/cmdline", contents: "\u{2193}root=/dev/vda1 kvm_amd.nesting=1\n")], links: []), line: 53),
                RuleExample(name: "several options on one line, one unknown", mustFlag: true, input: .modprobe("\u{2193}options kvm_amd nested=1 avic=1 sev_es=1 sev-snp=1 nestd=1\n"), line: 57),
                RuleExample(name: "dashes and underscores are the same in parameter names", mustFlag: false, input: .modprobe("options kvm_amd sev-snp=1 sev=1 sev-es=1\n"), line: 60),
                RuleExample(name: "s390 kvm has nested and hpage", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id       : IBM/S390\n# processors    : 2\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm nested=1 hpage=0\n")], links: []), line: 62),
                RuleExample(name: "a module outside the table is not judged", mustFlag: false, input: .modprobe("options it87 ignore_resource_conflict=1\n"), line: 66),
                RuleExample(name: "a removed but once valid parameter is not flagged", mustFlag: false, input: .modprobe("options kvm_intel yield_on_hlt=0\n"), line: 68),
                RuleExample(name: "junk after an inline comment is NL107's, not an unknown parameter", mustFlag: false, input: .modprobe("options kvm_intel nested=1 # was 0\n"), line: 70),
                RuleExample(name: "a file modprobe ignores is never applied", mustFlag: false, input: .bundle(files: [(path: "etc/modprobe.d/kvm.conf.bak", contents: "options kvm nested=1\n")], links: []), line: 72),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL107-junk-in-options-line.yml`, as `RuleLoader` reads it.
    private static func ruleNL107() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(9)
        return try Rule(
            id: "NL107",
            name: "junk-in-options-line",
            severity: .warning,
            scope: .host,
            summary: "An options line carries a `#` comment, or a trailing backslash joins the next comment or command into it; the junk reaches the module as parameters.",
            rationale: "modprobe.d has no inline comments: a line is a comment only when `#` is its first byte. In `options kvm_intel nested=1 # was 0` the words `#`, `was` and `0` are passed to the module (as unknown parameters, logged and ignored), and in `options kvm_intel nested=1 # nested=0` the trailing `nested=0` is a real assignment that wins. A backslash at the end of a line joins the next physical line, whatever it holds, so a comment or a whole command below an `options \u{2026} \\` line becomes part of it (and that command is lost). When the junk holds `nested=`, the nesting setting is at stake and this is an error.",
            fix: "Put comments on their own line, starting with `#`, and drop the trailing backslash (or make sure the next line only continues the parameters).",
            references: ["https://man7.org/linux/man-pages/man5/modprobe.d.5.html", "https://github.com/kmod-project/kmod/blob/master/shared/util.c"],
            blocks: [],
            reads: ["modprobe-config"],
            tags: ["module-configuration"],
            forEach: "modprobe.junk-options",
            select: nil,
            captures: [],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("This options line for {item.module} passes \"{item.junk}\" to the module as parameters:"),
            notes: [(condition: .compare(FactReference("item.reason"), .equals(.string("inline-comment"))), text: file.template("modprobe.d has no inline comments, so everything from the # on is part of the line. Move the comment to its own line.")), (condition: .compare(FactReference("item.reason"), .equals(.string("joined-line"))), text: file.template("the trailing backslash joins {item.joined-line} into this line, so that comment or command is not read on its own. Drop the backslash.")), (condition: .compare(FactReference("item.contains-nested"), .equals(.bool(true))), text: file.template("The junk assigns nested=, which changes the effective nesting setting (the last assignment wins)."))],
            severityOverrides: [(condition: .compare(FactReference("item.contains-nested"), .equals(.bool(true))), severity: .error)],
            edit: nil,
            examples: [
                RuleExample(name: "an inline comment", mustFlag: true, input: .modprobe("\u{2193}options kvm_intel nested=1 # enable nesting\n"), line: 38),
                RuleExample(name: "an inline comment that assigns nested is an error", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "\u{2193}options kvm_intel nested=1 # was nested=0\n")], links: []), line: 41),
                RuleExample(name: "a trailing backslash swallows the next command", mustFlag: true, input: .modprobe("\u{2193}options kvm_intel nested=1 \\\noptions kvm_amd nested=1\n"), line: 46),
                RuleExample(name: "a trailing backslash swallows a comment, no final newline", mustFlag: true, input: .modprobe("\u{2193}options kvm_amd nested=1 avic=1 \\\n# AVIC for Windows guests"), line: 50),
                RuleExample(name: "a comment glued to the value", mustFlag: true, input: .modprobe("\u{2193}options kvm_amd nested=1#on\n"), line: 52),
                RuleExample(name: "a comment on its own line", mustFlag: false, input: .modprobe("# enable nesting\noptions kvm_intel nested=1\n"), line: 55),
                RuleExample(name: "a continuation that only carries more parameters", mustFlag: false, input: .modprobe("options kvm_intel nested=1 \\\n    ept=1 enable_shadow_vmcs=1\n"), line: 59),
                RuleExample(name: "a hash in an install command is the shell's business", mustFlag: false, input: .modprobe("install kvm_intel /sbin/modprobe --ignore-install kvm_intel # wrapper\n"), line: 63),
                RuleExample(name: "an indented comment is not an options line (kmod ignores it as a bad line)", mustFlag: false, input: .modprobe("  # options kvm_intel nested=1\n"), line: 65),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL108-options-for-other-vendor.yml`, as `RuleLoader` reads it.
    private static func ruleNL108() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(10)
        return try Rule(
            id: "NL108",
            name: "options-for-other-vendor",
            severity: .warning,
            scope: .host,
            summary: "KVM options are set only for the other CPU vendor's module (kvm_intel on an AMD host, or kvm_amd on an Intel host).",
            rationale: "Options for kvm_intel never reach kvm_amd and the other way round: on an AMD host, `options kvm_intel nested=1` does nothing, and the nesting the file was written for is not configured. This is a common copy-paste from guides written for the other vendor. When both modules are configured (a shared image for mixed fleets) it is only a note.",
            fix: "Configure the module of this CPU's vendor: `options kvm_amd nested=1` on AMD (and Hygon), `options kvm_intel nested=1` on Intel, in a `*.conf` file under /etc/modprobe.d.",
            references: ["https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html", "https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation"],
            blocks: [],
            reads: ["modprobe-config", "cpuinfo"],
            tags: ["module-configuration"],
            forEach: nil,
            select: nil,
            captures: [],
            condition: .all([.compare(FactReference("cpu.vendor"), .oneOf([.string("intel"), .string("amd"), .string("hygon")])), .compare(FactReference("config.options.other-vendor"), .equals(.bool(true)))]),
            at: "config.options.other-vendor",
            related: ["cpu.vendor"],
            message: file.template("The CPU is {cpu.vendor} ({cpu.vendor.location}) but this line configures {config.options.other-vendor}, which this host never loads; {host.vendor-module} gets no options from it."),
            notes: [(condition: .compare(FactReference("config.options.vendor"), .equals(.bool(false))), text: file.template("Nothing configures {host.vendor-module}: use `options {host.vendor-module} ...` instead.")), (condition: .compare(FactReference("config.options.vendor"), .equals(.bool(true))), text: file.template("{host.vendor-module} is configured too ({config.options.vendor.location}), so this is likely a shared image."))],
            severityOverrides: [(condition: .compare(FactReference("config.options.vendor"), .equals(.bool(true))), severity: .note)],
            edit: nil,
            examples: [
                RuleExample(name: "Intel options on an AMD host (the Ubuntu package default on a Ryzen)", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "processor\t: 0\nvendor_id\t: AuthenticAMD\nflags\t\t: fpu vme de pse svm lm\n"), (path: "etc/modprobe.d/qemu-system-x86.conf", contents: "\u{2193}options kvm_intel nested=1\n")], links: []), line: 38),
                RuleExample(name: "AMD options on an Intel host, spelled with a dash", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "# nested guests\n\u{2193}options kvm-amd nested=1\n")], links: []), line: 46),
                RuleExample(name: "Hygon uses kvm_amd", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: HygonGenuine\nflags\t\t: svm lm\n"), (path: "usr/lib/modprobe.d/kvm.conf", contents: "\u{2193}options kvm_intel nested=Y\n")], links: []), line: 55),
                RuleExample(name: "both modules configured (the vendor's on the kernel command line) is only a note", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/modprobe.d/qemu-system-x86.conf", contents: "\u{2193}options kvm_intel nested=1\n"), (path: "proc/cmdline", contents: "BOOT_IMAGE=/vmlinuz kvm_amd.nested=1\n")], links: []), line: 62),
                RuleExample(name: "the right module", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_amd nested=1\n")], links: []), line: 70),
                RuleExample(name: "no cpuinfo, vendor unknown", mustFlag: false, input: .bundle(files: [(path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n")], links: []), line: 77),
                RuleExample(name: "without cpuinfo a loaded module is no substitute for the vendor_id NL108 needs", mustFlag: false, input: .bundle(files: [(path: "sos_commands/kernel/lsmod", contents: "Module                  Size  Used by\nkvm_amd               155648  0\nkvm                  1146880  1 kvm_amd\n"), (path: "etc/modprobe.d/qemu-system-x86.conf", contents: "options kvm_intel nested=1\n")], links: []), line: 81),
                RuleExample(name: "options in a file modprobe ignores are not configuration", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/modprobe.d/kvm.conf.bak", contents: "options kvm_intel nested=1\n")], links: []), line: 89),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL109-kvm-module-blocked.yml`, as `RuleLoader` reads it.
    private static func ruleNL109() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(11)
        return try Rule(
            id: "NL109",
            name: "kvm-module-blocked",
            severity: .error,
            scope: .host,
            summary: "A KVM module is blocked from loading (`install \u{2026} /bin/false`) or from loading automatically (`blacklist`, `modprobe.blacklist=`).",
            rationale: "`install kvm_intel /bin/false` (or `/bin/true`, `false`, `true`) makes modprobe run that command instead of inserting the module, so kvm_intel never loads and KVM has no hardware acceleration. `blacklist kvm_intel`, and `modprobe.blacklist=kvm_intel` on the kernel command line, stop the automatic load at boot (udev's CPU-feature alias) but not an explicit `modprobe kvm_intel`, so KVM works only where something loads it by name: a warning. These lines are common leftovers from running VirtualBox or VMware on the same machine. Blocking the other vendor's module (kvm_amd on an Intel host) changes nothing and is only a note.",
            fix: "Remove the `install`/`blacklist` line (or the `modprobe.blacklist=` entry from the kernel command line, then regenerate the boot configuration), and load the module.",
            references: ["https://man7.org/linux/man-pages/man5/modprobe.d.5.html", "https://man7.org/linux/man-pages/man8/modprobe.8.html"],
            blocks: [],
            reads: ["modprobe-config", "kernel-cmdline", "cpuinfo"],
            tags: ["module-configuration"],
            forEach: "modprobe.kvm-blocks",
            select: nil,
            captures: [],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("\"{item.line}\""),
            notes: [(condition: .compare(FactReference("item.kind"), .equals(.string("install"))), text: file.template("makes modprobe run that command instead of loading {item.module}, so {item.module} never loads. Remove the line.")), (condition: .compare(FactReference("item.kind"), .equals(.string("blacklist"))), text: file.template("stops {item.module} from loading automatically at boot; only an explicit `modprobe {item.module}` loads it. Remove the line.")), (condition: .compare(FactReference("item.kind"), .equals(.string("cmdline-blacklist"))), text: file.template("on the kernel command line stops {item.module} from loading automatically at boot. Remove it from the boot configuration.")), (condition: .compare(FactReference("item.other-vendor"), .equals(.bool(true))), text: file.template("This host uses {item.vendor-module}, so blocking {item.module} changes nothing here."))],
            severityOverrides: [(condition: .compare(FactReference("item.other-vendor"), .equals(.bool(true))), severity: .note), (condition: .compare(FactReference("item.kind"), .oneOf([.string("blacklist"), .string("cmdline-blacklist")])), severity: .warning)],
            edit: nil,
            examples: [
                RuleExample(name: "install /bin/false, the VirtualBox recipe", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/virtualbox.conf", contents: "# keep KVM away from VirtualBox\n\u{2193}install kvm_intel /bin/false\n")], links: []), line: 44),
                RuleExample(name: "install true on the kvm core module, dash spelling irrelevant", mustFlag: true, input: .modprobe("\u{2193}install kvm /bin/true\n"), line: 50),
                RuleExample(name: "a blacklist line (a warning), without a final newline", mustFlag: true, input: .modprobe("\u{2193}blacklist kvm-amd"), line: 52),
                RuleExample(name: "modprobe.blacklist on the kernel command line", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "proc/cmdline", contents: "\u{2193}BOOT_IMAGE=/vmlinuz root=/dev/sda1 modprobe.blacklist=nouveau,kvm_amd quiet\n")], links: []), line: 54),
                RuleExample(name: "blocking the other vendor's module is a note", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/blacklist.conf", contents: "\u{2193}blacklist kvm_amd\n")], links: []), line: 58),
                RuleExample(name: "an install wrapper that still loads the module", mustFlag: false, input: .modprobe("install kvm_intel /sbin/modprobe --ignore-install kvm_intel && /bin/true\n"), line: 63),
                RuleExample(name: "a blacklist of another module", mustFlag: false, input: .modprobe("blacklist nouveau\n"), line: 65),
                RuleExample(name: "a commented-out blacklist", mustFlag: false, input: .modprobe("#blacklist kvm_intel\n"), line: 67),
                RuleExample(name: "a blacklist in a file modprobe ignores", mustFlag: false, input: .bundle(files: [(path: "etc/modprobe.d/kvm.conf.disabled", contents: "blacklist kvm_intel\n")], links: []), line: 69),
                RuleExample(name: "modprobe.blacklist naming other modules", mustFlag: false, input: .bundle(files: [(path: "proc/cmdline", contents: "ro modprobe.blacklist=nouveau,pcspkr\n")], links: []), line: 72),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL111-nested-disabled-in-config.yml`, as `RuleLoader` reads it.
    private static func ruleNL111() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(12)
        return try Rule(
            id: "NL111",
            name: "nested-disabled-in-config",
            severity: .note,
            scope: .host,
            summary: "The effective configuration of the vendor KVM module turns nesting off.",
            rationale: "With `nested` off, KVM does not offer vmx/svm to guests, so no guest on this host can run its own KVM guests, whatever its CPU mode. This may be on purpose (a host that must not run L1 hypervisors), so it is a note; NL701 raises it when a guest on this host needs nesting, and NL302 when the running module still has nesting on and the next reload would turn it off.",
            fix: "Enable it (`options kvm_intel nested=1`, or `options kvm_amd nested=1` on AMD) in the file that wins, or document why it is off.",
            references: ["https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html", "https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation"],
            blocks: [],
            reads: ["modprobe-config", "kernel-cmdline", "cpuinfo"],
            tags: ["module-configuration"],
            forEach: nil,
            select: nil,
            captures: [],
            condition: .compare(FactReference("config.nested"), .equals(.bool(false))),
            at: "config.nested",
            related: [],
            message: file.template("{host.vendor-module} nested is configured off: {config.nested.location} sets nested={config.nested}, the assignment that wins (last in kmod order, kernel command line last). Guests on this host get no vmx/svm."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "Intel N", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "# no nested guests here\n\u{2193}options kvm_intel nested=N\n")], links: []), line: 29),
                RuleExample(name: "AMD 0, the later file wins", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_amd nested=1\n"), (path: "usr/lib/modprobe.d/zz-local.conf", contents: "\u{2193}options kvm-amd nested=0\n")], links: []), line: 35),
                RuleExample(name: "the kernel command line turns it off", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n"), (path: "proc/cmdline", contents: "\u{2193}ro quiet kvm_intel.nested=0\n")], links: []), line: 40),
                RuleExample(name: "a standalone file for one vendor", mustFlag: true, input: .modprobe("\u{2193}options kvm_intel nested=off\n"), line: 45),
                RuleExample(name: "nesting on", mustFlag: false, input: .modprobe("options kvm_amd nested=1\n"), line: 48),
                RuleExample(name: "off for the other vendor only", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_amd nested=0\n")], links: []), line: 50),
                RuleExample(name: "a bundle with no cpuinfo and no module evidence has no vendor module", mustFlag: false, input: .bundle(files: [(path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=0\n")], links: []), line: 54),
                RuleExample(name: "an invalid value is not \"off\" (NL104 reports it)", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_amd nested=N\n")], links: []), line: 57),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL201-no-hardware-virtualization.yml`, as `RuleLoader` reads it.
    private static func ruleNL201() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(13)
        return try Rule(
            id: "NL201",
            name: "no-hardware-virtualization",
            severity: .error,
            scope: .host,
            summary: "An x86 host whose cpuinfo has neither vmx nor svm; an error when the bundle shows KVM in use.",
            rationale: "KVM needs the CPU's virtualization extension, vmx (Intel VT-x) or svm (AMD-V). Without it kvm_intel/kvm_amd do not load, /dev/kvm does not exist, and every `type='kvm'` guest fails to start (or falls back to slow emulation). When the bundle shows KVM in use (KVM domains, KVM modules loaded or configured) this is an error; otherwise it is a note, since a machine that runs no guests does not need the extension. Inside a virtual machine (cpuinfo `hypervisor`) the parent must expose vmx/svm to this guest; on Intel, kernels since about Linux 5.6 clear `vmx` when the firmware disabled VT-x, so a missing flag can mean \"disabled in the BIOS\".",
            fix: "Enable Intel VT-x / AMD-V (SVM) in the firmware setup; in a virtual machine, enable nesting on the parent and give this VM a host-model or host-passthrough CPU; or stop defining KVM guests on this host.",
            references: ["https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html", "https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation", "https://github.com/torvalds/linux/blob/master/arch/x86/kernel/cpu/feat_ctl.c"],
            blocks: [],
            reads: ["cpuinfo", "loaded-modules", "modprobe-config", "domain-xml", "kernel-version"],
            tags: ["runtime-state"],
            forEach: nil,
            select: nil,
            captures: [],
            condition: .all([.compare(FactReference("cpu.arch"), .oneOf([.string("x86_64"), .string("x86")])), .compare(FactReference("cpu.virt-extension"), .equals(.bool(false)))]),
            at: "cpu.virt-extension",
            related: ["host.kvm-in-use"],
            message: file.template("The CPU flags have neither vmx nor svm: this host cannot run hardware-accelerated KVM guests."),
            notes: [(condition: .compare(FactReference("host.kvm-in-use"), .equals(.bool(true))), text: file.template("Yet the bundle shows KVM in use: {host.kvm-in-use}.")), (condition: .compare(FactReference("cpu.hypervisor"), .equals(.bool(true))), text: file.template("This host is itself a virtual machine (hypervisor flag): its parent must expose vmx/svm to it (nesting on in the parent, host-model or host-passthrough CPU).")), (condition: .all([.compare(FactReference("cpu.hypervisor"), .equals(.bool(false))), .compare(FactReference("cpu.vendor"), .equals(.string("intel"))), .compare(FactReference("kernel.version"), .atLeast(.string("5.6")))]), text: file.template("On this kernel ({kernel.version}) a missing vmx flag usually means VT-x is disabled in the firmware setup.")), (condition: .all([.compare(FactReference("cpu.hypervisor"), .equals(.bool(false))), .not(.compare(FactReference("host.kvm-in-use"), .equals(.bool(true))))]), text: file.template("Nothing in the bundle uses KVM, so this may be intended."))],
            severityOverrides: [(condition: .not(.compare(FactReference("host.kvm-in-use"), .equals(.bool(true)))), severity: .note)],
            edit: nil,
            examples: [
                RuleExample(name: "KVM domains on a host without the extension (error)", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "processor\t: 0\nvendor_id\t: AuthenticAMD\n\u{2193}flags\t\t: fpu vme de pse lm\n"), (path: "etc/libvirt/qemu/vm.xml", contents: "<domain type='kvm'><name>vm</name></domain>\n")], links: []), line: 52),
                RuleExample(name: "VT-x disabled in the firmware on a recent Intel kernel, KVM configured", mustFlag: true, input: .bundle(files: [(path: "proc/version", contents: "Linux version 6.8.0-45-generic\n"), (path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\n\u{2193}flags\t\t: fpu vme lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n")], links: []), line: 59),
                RuleExample(name: "a cloud guest with no KVM in use is a note", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\n\u{2193}flags\t\t: fpu lm hypervisor\n"), (path: "sos_commands/kernel/lsmod", contents: "Module                  Size  Used by\next4                  987136  1\n")], links: []), line: 64),
                RuleExample(name: "vmx present", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n")], links: []), line: 71),
                RuleExample(name: "svme-addr-chk is not svm, but svm is there", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm svme-addr-chk lm\n")], links: []), line: 74),
                RuleExample(name: "not x86 (s390x has no vmx/svm)", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id       : IBM/S390\nfeatures\t: esan3 zarch sie\n")], links: []), line: 77),
                RuleExample(name: "no cpuinfo", mustFlag: false, input: .bundle(files: [(path: "etc/libvirt/qemu/vm.xml", contents: "<domain type='kvm'><name>vm</name></domain>\n")], links: []), line: 80),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL202-kvm-module-not-loaded.yml`, as `RuleLoader` reads it.
    private static func ruleNL202() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(14)
        return try Rule(
            id: "NL202",
            name: "kvm-module-not-loaded",
            severity: .warning,
            scope: .host,
            summary: "The CPU has vmx/svm and the bundle lists loaded modules, but the vendor KVM module (kvm_intel or kvm_amd) is not loaded.",
            rationale: "Without kvm_intel or kvm_amd there is no hardware-accelerated KVM on this host, nested or not: guests fall back to slow emulation or fail to start with type='kvm'. This is the first check of the nested-virtualization guide (`lsmod | grep kvm`). The rule stays silent when the bundle carries no module evidence (no lsmod, /proc/modules or /sys/module) and when the module is built into the kernel.",
            fix: "Load it (`modprobe kvm_intel` or `modprobe kvm_amd`) and find why it was not: a blacklist or `install ... /bin/false` line (NL109), a bad option value that makes the load fail (NL104, NL105), or virtualization disabled in the firmware.",
            references: ["https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation", "https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html"],
            blocks: [],
            reads: ["cpuinfo", "loaded-modules", "sysfs-parameter", "builtin-modules"],
            tags: ["runtime-state"],
            forEach: nil,
            select: nil,
            captures: [],
            condition: .all([.compare(FactReference("cpu.virt-extension"), .equals(.bool(true))), .compare(FactReference("modules.evidence"), .equals(.bool(true))), .compare(FactReference("modules.vendor-loaded"), .equals(.bool(false))), .compare(FactReference("modules.vendor-builtin"), .equals(.bool(false)))]),
            at: "cpu.virt-extension",
            related: ["modules.vendor-loaded"],
            message: file.template("The CPU offers {cpu.virt-extension} but {host.vendor-module} is not loaded (checked {modules.vendor-loaded.location|the loaded-module lists}): KVM has no hardware acceleration here."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "Intel host, lsmod without kvm_intel", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "processor\t: 0\nvendor_id\t: GenuineIntel\n\u{2193}flags\t\t: fpu vme vmx lm\n"), (path: "sos_commands/kernel/lsmod", contents: "Module                  Size  Used by\next4                  987136  1\n")], links: []), line: 34),
                RuleExample(name: "AMD host, /proc/modules with only kvm", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\n\u{2193}flags\t\t: svm lm\n"), (path: "proc/modules", contents: "kvm 1126400 0 - Live 0xffffffffc0a00000\n")], links: []), line: 43),
                RuleExample(name: "module loaded", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "sos_commands/kernel/lsmod", contents: "Module                  Size  Used by\nkvm_intel             368640  0\nkvm                  1146880  1 kvm_intel\n")], links: []), line: 51),
                RuleExample(name: "no module evidence at all", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n")], links: []), line: 60),
                RuleExample(name: "loaded according to /sys/module", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "Y\n")], links: []), line: 66),
                RuleExample(name: "built into the kernel", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "proc/modules", contents: "ext4 987136 1 - Live 0x0\n"), (path: "lib/modules/6.1.0/modules.builtin", contents: "kernel/arch/x86/kvm/kvm.ko\nkernel/arch/x86/kvm/kvm-amd.ko\n")], links: []), line: 72),
                RuleExample(name: "a guest without vmx/svm needs no KVM module", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: fpu lm hypervisor\n"), (path: "proc/modules", contents: "ext4 987136 1 - Live 0x0\n")], links: []), line: 79),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL203-nested-disabled-at-runtime.yml`, as `RuleLoader` reads it.
    private static func ruleNL203() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(15)
        return try Rule(
            id: "NL203",
            name: "nested-disabled-at-runtime",
            severity: .warning,
            scope: .host,
            summary: "The loaded KVM module has nesting off (/sys/module/kvm_intel/parameters/nested reads N, or kvm_amd's reads 0).",
            rationale: "This is the check the nested-virtualization guide starts with. With `nested` off, KVM does not advertise vmx/svm to guests, so no guest on this host can run its own KVM guests, even with a host-model or host-passthrough CPU. The value is read-only at runtime: it shows the options in force when the module was loaded.",
            fix: "Add `options kvm_intel nested=1` (or `options kvm_amd nested=1`) to a `*.conf` file in /etc/modprobe.d, then reload the module with every guest stopped (`modprobe -r kvm_intel && modprobe kvm_intel`) or reboot.",
            references: ["https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html", "https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation"],
            blocks: [],
            reads: ["sysfs-parameter"],
            tags: ["runtime-state"],
            forEach: nil,
            select: nil,
            captures: [],
            condition: .all([.compare(FactReference("runtime.nested"), .equals(.bool(false))), .compare(FactReference("host.vendor-module"), .oneOf([.string("kvm_intel"), .string("kvm_amd"), .string("kvm")]))]),
            at: "runtime.nested",
            related: [],
            message: file.template("{host.vendor-module} nested reads {runtime.nested} at runtime: KVM offers no virtualization extension to guests, so none of them can run nested guests."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "Intel, N", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "\u{2193}N\n")], links: []), line: 30),
                RuleExample(name: "AMD, 0", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "sys/module/kvm_amd/parameters/nested", contents: "\u{2193}0\n")], links: []), line: 34),
                RuleExample(name: "vendor known only from sysfs", mustFlag: true, input: .bundle(files: [(path: "sys/module/kvm_intel/parameters/nested", contents: "\u{2193}n")], links: []), line: 38),
                RuleExample(name: "Intel, Y", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "Y\n")], links: []), line: 42),
                RuleExample(name: "AMD, 1", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "sys/module/kvm_amd/parameters/nested", contents: "1\n")], links: []), line: 46),
                RuleExample(name: "the other vendor's module is not this host's", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "sys/module/kvm_amd/parameters/nested", contents: "0\n")], links: []), line: 50),
                RuleExample(name: "no sysfs", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n")], links: []), line: 54),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL204-nested-without-two-dimensional-paging.yml`, as `RuleLoader` reads it.
    private static func ruleNL204() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(16)
        return try Rule(
            id: "NL204",
            name: "nested-without-two-dimensional-paging",
            severity: .warning,
            scope: .host,
            summary: "Nesting is on but two-dimensional paging is off (kvm_intel ept=N, or kvm_amd npt=0), so nested guests run on shadow page tables.",
            rationale: "With EPT (Intel) or NPT (AMD) off, KVM shadows every guest page table in software. For an L1 hypervisor that is very slow: each L2 page-table change traps to L0, and nested guests become barely usable. Nesting and two-dimensional paging are both read-only at runtime and show the options the module was loaded with.",
            fix: "Remove `ept=0`/`npt=0` from the module options (or the kernel command line) and reload the module with every guest stopped, or reboot. If the CPU lacks EPT/NPT, do not run nested guests on this host.",
            references: ["https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html", "https://www.linux-kvm.org/page/Nested_Guests"],
            blocks: [],
            reads: ["sysfs-parameter", "cpuinfo"],
            tags: ["runtime-state"],
            forEach: nil,
            select: nil,
            captures: [],
            condition: .all([.compare(FactReference("runtime.nested"), .equals(.bool(true))), .compare(FactReference("runtime.two-dimensional-paging"), .equals(.bool(false)))]),
            at: "runtime.two-dimensional-paging",
            related: ["runtime.nested"],
            message: file.template("{host.vendor-module} runs with nesting on but {runtime.two-dimensional-paging} ({runtime.two-dimensional-paging.location}): L1 guests run without nested paging, and their own guests will be very slow."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "Intel, ept N", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx ept lm\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "Y\n"), (path: "sys/module/kvm_intel/parameters/ept", contents: "\u{2193}N\n")], links: []), line: 32),
                RuleExample(name: "AMD, npt 0 (an int on older kernels)", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm npt lm\n"), (path: "sys/module/kvm_amd/parameters/nested", contents: "1\n"), (path: "sys/module/kvm_amd/parameters/npt", contents: "\u{2193}0\n")], links: []), line: 37),
                RuleExample(name: "AMD, npt N (a bool on newer kernels), vendor known from sysfs only", mustFlag: true, input: .bundle(files: [(path: "sys/module/kvm_amd/parameters/nested", contents: "1"), (path: "sys/module/kvm_amd/parameters/npt", contents: "\u{2193}N")], links: []), line: 42),
                RuleExample(name: "both on", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "Y\n"), (path: "sys/module/kvm_intel/parameters/ept", contents: "Y\n")], links: []), line: 47),
                RuleExample(name: "nesting off (NL203's business)", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "N\n"), (path: "sys/module/kvm_intel/parameters/ept", contents: "N\n")], links: []), line: 52),
                RuleExample(name: "the other vendor's module", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "Y\n"), (path: "sys/module/kvm_amd/parameters/npt", contents: "0\n")], links: []), line: 57),
                RuleExample(name: "ept=0 only configured, not yet in force", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "Y\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel ept=0\n")], links: []), line: 62),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL205-host-is-virtual-machine.yml`, as `RuleLoader` reads it.
    private static func ruleNL205() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(17)
        return try Rule(
            id: "NL205",
            name: "host-is-virtual-machine",
            severity: .note,
            scope: .host,
            summary: "The bundle comes from a virtual machine (cpuinfo has the `hypervisor` flag); any guests it runs are nested (L2).",
            rationale: "The `hypervisor` CPU flag is set by every mainstream hypervisor (KVM, Hyper-V, VMware, Xen) for its guests. A bundle with it is an L1 (or deeper): KVM here needs the parent to expose vmx/svm (NL704), its own guests are L2 guests, and its parent can migrate or save it only while none of them runs (NL703). This note says which assumptions the other findings make.",
            fix: "Nothing to fix: this describes the host. If it should run guests, make sure its parent exposes the virtualization extension and that no one migrates it while they run.",
            references: ["https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html", "https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation"],
            blocks: [],
            reads: ["cpuinfo"],
            tags: ["runtime-state"],
            forEach: nil,
            select: nil,
            captures: [],
            condition: .compare(FactReference("cpu.hypervisor"), .equals(.bool(true))),
            at: "cpu.hypervisor",
            related: [],
            message: file.template("This host is a virtual machine (cpuinfo has the hypervisor flag): guests it runs are nested (L2) guests, and its parent must not migrate or save it while they run."),
            notes: [(condition: .compare(FactReference("cpu.virt-extension"), .equals(.bool(false))), text: file.template("Its CPU has neither vmx nor svm, so it cannot run KVM guests itself.")), (condition: .compare(FactReference("cpu.virt-extension"), .equals(.bool(true))), text: file.template("Its parent exposes {cpu.virt-extension}, so it can run KVM guests."))],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "a cloud guest", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "processor\t: 0\nvendor_id\t: GenuineIntel\n\u{2193}flags\t\t: fpu vme lm hypervisor\n")], links: []), line: 33),
                RuleExample(name: "an L1 with svm", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\n\u{2193}flags\t\t: svm lm hypervisor\n")], links: []), line: 39),
                RuleExample(name: "bare metal", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n")], links: []), line: 43),
                RuleExample(name: "the flag on only some CPUs is not common to all", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: vmx lm hypervisor\nprocessor\t: 1\nvendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n")], links: []), line: 46),
                RuleExample(name: "no cpuinfo", mustFlag: false, input: .bundle(files: [(path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n")], links: []), line: 55),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL208-nesting-outside-x86.yml`, as `RuleLoader` reads it.
    private static func ruleNL208() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(18)
        return try Rule(
            id: "NL208",
            name: "nesting-outside-x86",
            severity: .note,
            scope: .host,
            summary: "Nesting is enabled or requested on a non-x86 host or guest (aarch64, ppc64, s390x), where support and tooling differ from x86.",
            rationale: "Nested virtualization works differently outside x86: s390x uses `kvm.nested` (an int, default 0, exclusive with `hpage`), ppc64 `kvm_hv.nested` (POWER9 and later, radix guests only) with `<nested-hv state='on'/>` in the guest, and aarch64 `kvm-arm.mode=nested` on recent kernels and CPUs with FEAT_NV2. The nested-virtualization guide nestlint follows, and most of its checks, cover x86 only, so a clean result here says less than on x86.",
            fix: "Check the architecture's own documentation (Documentation/arch/powerpc/kvm-nested.rst, the s390 KVM documentation, the arm64 KVM documentation) for the requirements of nesting.",
            references: ["https://docs.kernel.org/arch/powerpc/kvm-nested.html", "https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html", "https://libvirt.org/formatdomain.html#hypervisor-features"],
            blocks: [],
            reads: ["cpuinfo", "sysfs-parameter", "modprobe-config", "kernel-cmdline", "domain-xml"],
            tags: ["runtime-state"],
            forEach: "host.nesting-outside-x86",
            select: nil,
            captures: [],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("Nesting is enabled or requested on {item.subject} ({item.how}): outside x86, nesting has its own requirements, and nestlint's checks follow the x86 guide."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "s390x with kvm nested on at runtime", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id       : IBM/S390\n# processors    : 4\n"), (path: "sys/module/kvm/parameters/nested", contents: "\u{2193}1\n")], links: []), line: 27),
                RuleExample(name: "POWER9 with nesting configured", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "processor\t: 0\ncpu\t\t: POWER9 (raw), altivec supported\n"), (path: "etc/modprobe.d/kvm-hv.conf", contents: "\u{2193}options kvm_hv nested=1\n")], links: []), line: 31),
                RuleExample(name: "arm64 with kvm-arm.mode=nested", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "processor\t: 0\nFeatures\t: fp asimd evtstrm\nCPU implementer\t: 0x41\nCPU architecture: 8\n"), (path: "proc/cmdline", contents: "\u{2193}BOOT_IMAGE=/vmlinuz kvm-arm.mode=nested\n")], links: []), line: 35),
                RuleExample(name: "a ppc64 guest asking for nested-hv in a bundle", mustFlag: true, input: .bundle(files: [(path: "etc/libvirt/qemu/p9.xml", contents: "<domain type='kvm'>\n  <name>p9</name>\n  <os><type arch='ppc64le' machine='pseries'>hvm</type></os>\n  <features>\n\u{2193}    <nested-hv state='on'/>\n  </features>\n</domain>\n")], links: []), line: 39),
                RuleExample(name: "x86 with nesting on", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "Y\n")], links: []), line: 50),
                RuleExample(name: "s390x with nested off (the default)", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id       : IBM/S390\n# processors    : 4\n"), (path: "sys/module/kvm/parameters/nested", contents: "0\n")], links: []), line: 54),
                RuleExample(name: "a ppc64 guest without nested-hv", mustFlag: false, input: .bundle(files: [(path: "etc/libvirt/qemu/p9.xml", contents: "<domain type='kvm'>\n  <name>p9</name>\n  <os><type arch='ppc64le' machine='pseries'>hvm</type></os>\n  <features><nested-hv state='off'/></features>\n</domain>\n")], links: []), line: 58),
                RuleExample(name: "an x86 guest with the hypervisor role", mustFlag: false, input: .bundle(files: [(path: "etc/libvirt/qemu/l1.xml", contents: "<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\"/></metadata>\n  <os><type arch='x86_64'>hvm</type></os>\n</domain>\n")], links: []), line: 66),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL301-nested-config-not-applied.yml`, as `RuleLoader` reads it.
    private static func ruleNL301() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(19)
        return try Rule(
            id: "NL301",
            name: "nested-config-not-applied",
            severity: .warning,
            scope: .host,
            summary: "The configuration enables nesting but the loaded module still has it off; the module was not reloaded since the change.",
            rationale: "`nested` is read-only at runtime: it reflects the options in force when the module was loaded. Writing `options kvm_intel nested=1` changes nothing until kvm_intel is unloaded and loaded again, which needs every guest that holds the module stopped, or a reboot. Until then guests get no vmx/svm although the configuration says they should.",
            fix: "Stop the guests that hold the module (lsmod's Used-by count), then `modprobe -r kvm_intel && modprobe kvm_intel` (kvm_amd on AMD), or reboot at the next window.",
            references: ["https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html", "https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation"],
            blocks: [],
            reads: ["modprobe-config", "kernel-cmdline", "sysfs-parameter", "loaded-modules"],
            tags: ["drift"],
            forEach: nil,
            select: nil,
            captures: [],
            condition: .all([.compare(FactReference("config.nested"), .equals(.bool(true))), .compare(FactReference("runtime.nested"), .equals(.bool(false)))]),
            at: "config.nested",
            related: ["runtime.nested"],
            message: file.template("{host.vendor-module} nested is {runtime.nested} at runtime although {config.nested.location} sets nested={config.nested}: the module was not reloaded since the change;"),
            notes: [(condition: .compare(FactReference("modules.vendor-users"), .atLeast(.int(1))), text: file.template("{modules.vendor-users} user(s) hold it (stop the guests, then modprobe -r {host.vendor-module} && modprobe {host.vendor-module}, or reboot).")), (condition: .compare(FactReference("modules.vendor-users"), .below(.int(1))), text: file.template("nothing holds it, so modprobe -r {host.vendor-module} && modprobe {host.vendor-module} applies the setting now.")), (condition: .not(.exists(FactReference("modules.vendor-users"))), text: file.template("stop the guests that hold it, then modprobe -r {host.vendor-module} && modprobe {host.vendor-module} (or reboot)."))],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "Intel, configured but not reloaded, guests holding the module", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "# enable nesting\n\u{2193}options kvm_intel nested=1\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "N\n"), (path: "sos_commands/kernel/lsmod", contents: "Module                  Size  Used by\nkvm_intel             368640  4\nkvm                  1146880  1 kvm_intel\n")], links: []), line: 43),
                RuleExample(name: "the last of several assignments wins, across directories in lexical order", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/modprobe.d/a-kvm.conf", contents: "options kvm_amd nested=0\n"), (path: "usr/lib/modprobe.d/z-kvm.conf", contents: "\u{2193}options kvm-amd nested=1\n"), (path: "sys/module/kvm_amd/parameters/nested", contents: "0\n")], links: []), line: 54),
                RuleExample(name: "the kernel command line is applied last", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=0\n"), (path: "proc/cmdline", contents: "\u{2193}BOOT_IMAGE=/vmlinuz root=/dev/sda1 kvm-intel.nested=1 quiet\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "N\n")], links: []), line: 60),
                RuleExample(name: "applied", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "Y\n")], links: []), line: 67),
                RuleExample(name: "the enabling file is shadowed by a same-name copy in /etc that disables it", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=0\n"), (path: "lib/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "N\n")], links: []), line: 72),
                RuleExample(name: "the enabling line is in a file modprobe never reads", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf~", contents: "options kvm_intel nested=1\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "N\n")], links: []), line: 78),
                RuleExample(name: "a comment is not configuration", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "#options kvm_intel nested=1\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "N\n")], links: []), line: 83),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL302-nested-config-would-disable.yml`, as `RuleLoader` reads it.
    private static func ruleNL302() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(20)
        return try Rule(
            id: "NL302",
            name: "nested-config-would-disable",
            severity: .warning,
            scope: .host,
            summary: "Nesting is on in the running module, but the configuration turns it off at the next reload or reboot.",
            rationale: "`nested` is read-only at runtime and shows the options in force when the module was loaded. When the configuration now says `nested=0` (or N), nothing changes until the module is reloaded or the host reboots; then nesting goes off and every L1 guest with a host-model or host-passthrough CPU silently loses vmx/svm, so its own guests stop working. The drift is easy to miss because everything still works today.",
            fix: "If nesting should stay on, change the winning assignment to `nested=1` (or remove it); if it should go off, plan the reload or reboot and move the L1 guests first.",
            references: ["https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html", "https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation"],
            blocks: [],
            reads: ["modprobe-config", "kernel-cmdline", "sysfs-parameter", "loaded-modules"],
            tags: ["drift"],
            forEach: nil,
            select: nil,
            captures: [],
            condition: .all([.compare(FactReference("config.nested"), .equals(.bool(false))), .compare(FactReference("runtime.nested"), .equals(.bool(true)))]),
            at: "config.nested",
            related: ["runtime.nested"],
            message: file.template("{host.vendor-module} nested is {runtime.nested} at runtime ({runtime.nested.location}), but {config.nested.location} sets nested={config.nested}: the next module reload or reboot turns nesting off and L1 guests lose vmx/svm. Fix the configuration if nesting should stay on."),
            notes: [(condition: .compare(FactReference("modules.vendor-users"), .atLeast(.int(1))), text: file.template("{modules.vendor-users} user(s) hold {host.vendor-module} now, so the change waits for a reboot or for those guests to stop."))],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "Intel, configured off, running on", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "# nesting no longer wanted\n\u{2193}options kvm_intel nested=N\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "Y\n")], links: []), line: 35),
                RuleExample(name: "AMD, the kernel command line wins over a file", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_amd nested=1\n"), (path: "proc/cmdline", contents: "\u{2193}BOOT_IMAGE=/vmlinuz kvm-amd.nested=0\n"), (path: "sys/module/kvm_amd/parameters/nested", contents: "1\n")], links: []), line: 42),
                RuleExample(name: "configured and running agree", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_amd nested=0\n"), (path: "sys/module/kvm_amd/parameters/nested", contents: "0\n")], links: []), line: 49),
                RuleExample(name: "the disabling copy in /lib is shadowed by /etc", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n"), (path: "lib/modprobe.d/kvm.conf", contents: "options kvm_intel nested=0\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "Y\n")], links: []), line: 54),
                RuleExample(name: "no sysfs evidence", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=0\n")], links: []), line: 60),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL303-nested-relies-on-default.yml`, as `RuleLoader` reads it.
    private static func ruleNL303() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(21)
        return try Rule(
            id: "NL303",
            name: "nested-relies-on-default",
            severity: .note,
            scope: .host,
            summary: "Nesting is on at runtime, but no file modprobe reads and no kernel command-line token sets `nested`; it relies on the default.",
            rationale: "kvm_intel's `nested` defaults to on since Linux 4.20, kvm_amd's since long before, ppc64 kvm_hv's is on by default; s390x kvm's defaults to off. A host that relies on the default loses nesting when a kernel, a distribution or a package changes it (a vendor kernel with another default, a package shipping `nested=0`), and nothing in its configuration says that nesting is wanted. Pinning it documents the intent and makes drift visible (NL301, NL302).",
            fix: "Write the intent down: `options kvm_intel nested=1` (or `kvm_amd`) in a `*.conf` file under /etc/modprobe.d. No reload is needed, since the value is already in force.",
            references: ["https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html", "https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation"],
            blocks: [],
            reads: ["sysfs-parameter", "modprobe-config", "kernel-cmdline"],
            tags: ["drift"],
            forEach: nil,
            select: nil,
            captures: [],
            condition: .all([.compare(FactReference("runtime.nested"), .equals(.bool(true))), .compare(FactReference("config.nested-assigned"), .equals(.bool(false)))]),
            at: "runtime.nested",
            related: [],
            message: file.template("{host.vendor-module} nested is {runtime.nested} at runtime, but no file modprobe reads and no kernel command-line token sets nested: it relies on the kernel default. Pin it with options {host.vendor-module} nested=1 in /etc/modprobe.d."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "Intel Y with only unrelated options", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm ignore_msrs=1\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "\u{2193}Y\n")], links: []), line: 31),
                RuleExample(name: "AMD 1 with a command line but no modprobe.d", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "proc/cmdline", contents: "BOOT_IMAGE=/vmlinuz ro quiet\n"), (path: "sys/module/kvm_amd/parameters/nested", contents: "\u{2193}1\n")], links: []), line: 36),
                RuleExample(name: "the only nested= is in a file modprobe ignores", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf.bak", contents: "options kvm_intel nested=1\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "\u{2193}Y\n")], links: []), line: 41),
                RuleExample(name: "pinned in a file", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm-intel nested=1\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "Y\n")], links: []), line: 47),
                RuleExample(name: "pinned on the kernel command line", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "proc/cmdline", contents: "ro kvm_intel.nested=1\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "Y\n")], links: []), line: 52),
                RuleExample(name: "no configuration evidence at all (no modprobe.d, no cmdline)", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "Y\n")], links: []), line: 57),
                RuleExample(name: "nesting off at runtime", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "proc/cmdline", contents: "ro quiet\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "N\n")], links: []), line: 61),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL401-hypervisor-guest-without-virt-extension.yml`, as `RuleLoader` reads it.
    private static func ruleNL401() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(22)
        return try Rule(
            id: "NL401",
            name: "hypervisor-guest-without-virt-extension",
            severity: .error,
            scope: .domain,
            summary: "A domain meant to host its own guests (intent role hypervisor) cannot offer vmx/svm to them.",
            rationale: "A guest sees vmx (Intel) or svm (AMD) only when its CPU definition passes it through. With no `<cpu>` element libvirt gives QEMU's default model, and `mode='custom'` lists only the features it names, so without a vmx/svm feature (policy require, force or optional) the guest cannot run KVM itself. The nested-virtualization guide uses `host-model` or `host-passthrough` for that reason. The role comes from the domain's `<nestlint:intent role='hypervisor'/>` metadata, or from a bundle of the guest itself that shows it runs KVM domains.",
            fix: "Use `<cpu mode='host-model'/>` (migratable between similar hosts) or `<cpu mode='host-passthrough'/>`, or add `<feature policy='require' name='vmx'/>` (`svm` on AMD) to the custom CPU.",
            references: ["https://libvirt.org/formatdomain.html#cpu-model-and-topology", "https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation", "https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html"],
            blocks: [],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["guest-cpu", "intent"],
            forEach: nil,
            select: file.query("self::domain[not(cpu)] | cpu[(not(@mode) or @mode='custom')\n      and not(feature[(@name='vmx' or @name='svm')\n                      and (not(@policy) or @policy='require' or @policy='force' or @policy='optional')])]"),
            captures: [(name: "model", query: file.query("string(model)"))],
            condition: .compare(FactReference("intent.role"), .equals(.string("hypervisor"))),
            at: nil,
            related: ["intent.role"],
            message: file.template("This domain's intent role is hypervisor, but its CPU cannot offer vmx/svm to its own guests:"),
            notes: [(condition: .compare(FactReference("item.element"), .equals(.string("domain"))), text: file.template("it has no <cpu> element, so QEMU's default model applies. Add <cpu mode='host-model'/> or <cpu mode='host-passthrough'/>.")), (condition: .compare(FactReference("item.element"), .equals(.string("cpu"))), text: file.template("the custom CPU ({item.model|no model}) names no vmx or svm feature. Use mode='host-model' or 'host-passthrough', or add <feature policy='require' name='vmx'/> (svm on AMD).")), (condition: .compare(FactReference("intent.source"), .equals(.string("bundle-evidence"))), text: file.template("The role comes from the bundle of the guest itself ({intent.role.location}): it is a virtual machine that defines KVM domains."))],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "no cpu element", mustFlag: true, input: .domain("\u{2193}<domain type='kvm'>\n  <name>l1</name>\n  <metadata>\n    <nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\"/>\n  </metadata>\n</domain>\n"), line: 45),
                RuleExample(name: "custom model without vmx", mustFlag: true, input: .domain("<domain type='kvm'>\n  <name>l1</name>\n  <metadata>\n    <nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\" operations=\"migrate\"/>\n  </metadata>\n  \u{2193}<cpu mode='custom' match='exact'>\n    <model fallback='forbid'>Skylake-Server</model>\n    <feature policy='require' name='pcid'/>\n    <feature policy='disable' name='vmx'/>\n  </cpu>\n</domain>\n"), line: 53),
                RuleExample(name: "a cpu element with topology only is a custom CPU", mustFlag: true, input: .domain("<domain type='qemu'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\" operations=\"\"/></metadata>\n  \u{2193}<cpu><topology sockets='1' cores='2' threads='1'/></cpu>\n</domain>\n"), line: 66),
                RuleExample(name: "the live status is checked too", mustFlag: true, input: .bundle(files: [(path: "run/libvirt/qemu/l1.xml", contents: "<domstatus state='running'>\n  <domain type='kvm' id='3'>\n    <name>l1</name>\n    <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\"/></metadata>\n    \u{2193}<cpu mode='custom'><model>EPYC</model><feature policy='disable' name='svm'/></cpu>\n  </domain>\n</domstatus>\n")], links: []), line: 72),
                RuleExample(name: "svme-addr-chk is not svm", mustFlag: true, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\"/></metadata>\n  \u{2193}<cpu mode='custom'><model>EPYC-Milan</model><feature policy='require' name='svme-addr-chk'/></cpu>\n</domain>\n"), line: 82),
                RuleExample(name: "host-model", mustFlag: false, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\"/></metadata>\n  <cpu mode='host-model'/>\n</domain>\n"), line: 89),
                RuleExample(name: "custom with required svm (no policy means require)", mustFlag: false, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\"/></metadata>\n  <cpu mode='custom'><model>EPYC</model><feature name='svm'/></cpu>\n</domain>\n"), line: 95),
                RuleExample(name: "a plain guest needs no extension", mustFlag: false, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"guest\"/></metadata>\n</domain>\n"), line: 101),
                RuleExample(name: "no intent", mustFlag: false, input: .domain("<domain type='kvm'><name>vm</name></domain>\n"), line: 106),
                RuleExample(name: "a near-miss feature name is not svm", mustFlag: false, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\"/></metadata>\n  <cpu mode='custom'><model>EPYC</model><feature policy='require' name='svm'/><feature policy='require' name='svme-addr-chk'/></cpu>\n</domain>\n"), line: 109),
                RuleExample(name: "a Xen domain is out of scope", mustFlag: false, input: .domain("<domain type='xen'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\"/></metadata>\n</domain>\n"), line: 115),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL402-virt-extension-disabled.yml`, as `RuleLoader` reads it.
    private static func ruleNL402() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(23)
        return try Rule(
            id: "NL402",
            name: "virt-extension-disabled",
            severity: .note,
            scope: .domain,
            summary: "The CPU definition disables vmx or svm (policy disable or forbid), so the guest cannot run KVM guests itself.",
            rationale: "`<feature policy='disable' name='vmx'/>` removes the virtualization extension from the guest CPU, and `policy='forbid'` makes libvirt refuse to start the guest on a host whose CPU has it. Either way the guest cannot run nested KVM guests. That is a fine choice for an ordinary guest (a note), and a defect for a domain whose intent role is hypervisor (an error).",
            fix: "For a guest that must run its own guests, remove the feature line (host-model and host-passthrough then pass vmx/svm through when host nesting is on) or set `policy='require'`. For an ordinary guest, nothing to do.",
            references: ["https://libvirt.org/formatdomain.html#cpu-model-and-topology", "https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html"],
            blocks: [],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["guest-cpu", "intent"],
            forEach: nil,
            select: file.query("cpu/feature[(@name='vmx' or @name='svm') and (@policy='disable' or @policy='forbid')]"),
            captures: [(name: "name", query: file.query("string(@name)")), (name: "policy", query: file.query("string(@policy)"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("The CPU definition sets {item.name} to policy '{item.policy}': this guest cannot run KVM guests of its own."),
            notes: [(condition: .compare(FactReference("intent.role"), .equals(.string("hypervisor"))), text: file.template("Its intent role is hypervisor ({intent.role.location}): remove this line or use policy='require'."))],
            severityOverrides: [(condition: .compare(FactReference("intent.role"), .equals(.string("hypervisor"))), severity: .error)],
            edit: nil,
            examples: [
                RuleExample(name: "disabled vmx on a plain guest is a note", mustFlag: true, input: .domain("<domain type='kvm'>\n  <cpu mode='host-model'>\n    \u{2193}<feature policy='disable' name='vmx'/>\n  </cpu>\n</domain>\n"), line: 33),
                RuleExample(name: "forbidden svm on a hypervisor is an error", mustFlag: true, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\"/></metadata>\n  <cpu mode='custom' match='exact'>\n    <model>EPYC</model>\n    \u{2193}<feature policy='forbid' name='svm'/>\n  </cpu>\n</domain>\n"), line: 40),
                RuleExample(name: "required vmx", mustFlag: false, input: .domain("<domain type='kvm'><cpu mode='custom'><model>Haswell</model><feature policy='require' name='vmx'/></cpu></domain>\n"), line: 50),
                RuleExample(name: "svme-addr-chk is not svm", mustFlag: false, input: .domain("<domain type='kvm'><cpu mode='host-model'><feature policy='disable' name='svme-addr-chk'/></cpu></domain>\n"), line: 53),
                RuleExample(name: "a missing policy means require", mustFlag: false, input: .domain("<domain type='kvm'><cpu mode='custom'><model>EPYC</model><feature name='svm'/></cpu></domain>\n"), line: 56),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL403-virt-extension-forced.yml`, as `RuleLoader` reads it.
    private static func ruleNL403() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(24)
        return try Rule(
            id: "NL403",
            name: "virt-extension-forced",
            severity: .warning,
            scope: .domain,
            summary: "The CPU definition forces vmx or svm (policy force), claiming it even on hosts that cannot provide it.",
            rationale: "`policy='force'` tells libvirt to request the feature whether or not the host supports it, so libvirt's host check no longer stops the guest from starting on a host without nesting. KVM offers vmx/svm only when the host's `nested` parameter is on; elsewhere the guest starts anyway and its own guests fail. `policy='require'` asks for the same feature but lets libvirt refuse a host that cannot give it, which is what a nested setup wants.",
            fix: "Use `<feature policy='require' name='vmx'/>` (or `svm`), or `mode='host-model'`.",
            references: ["https://libvirt.org/formatdomain.html#cpu-model-and-topology", "https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html"],
            blocks: [],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["guest-cpu"],
            forEach: nil,
            select: file.query("cpu/feature[@policy='force' and (@name='vmx' or @name='svm')]"),
            captures: [(name: "name", query: file.query("string(@name)"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("<feature policy='force' name='{item.name}'/> claims {item.name} even on a host that cannot provide it, so the guest starts there without a usable extension; use policy='require' so libvirt refuses such a host instead."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "forced vmx", mustFlag: true, input: .domain("<domain type='kvm'>\n  <cpu mode='custom' match='exact'>\n    <model fallback='allow'>Skylake-Client</model>\n    \u{2193}<feature policy='force' name='vmx'/>\n  </cpu>\n</domain>\n"), line: 27),
                RuleExample(name: "required vmx", mustFlag: false, input: .domain("<domain type='kvm'><cpu mode='custom'><model>Skylake-Client</model><feature policy='require' name='vmx'/></cpu></domain>\n"), line: 36),
                RuleExample(name: "another forced feature", mustFlag: false, input: .domain("<domain type='kvm'><cpu mode='custom'><model>EPYC</model><feature policy='force' name='svme-addr-chk'/></cpu></domain>\n"), line: 39),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL404-cpu-check-disabled.yml`, as `RuleLoader` reads it.
    private static func ruleNL404() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(25)
        return try Rule(
            id: "NL404",
            name: "cpu-check-disabled",
            severity: .note,
            scope: .domain,
            summary: "`check='none'` on a CPU that requests vmx or svm: a host that cannot provide it starts the guest anyway.",
            rationale: "With `check='none'` libvirt does not compare the CPU QEMU actually gives the guest with the definition. A guest that asks for vmx/svm (policy require, force or optional, or no policy) then starts on a host whose nesting is off, silently without the extension, and fails only later when it tries to run its own guests. `check='partial'` (libvirt's default for custom CPUs) or `check='full'` make the start fail instead.",
            fix: "Remove `check='none'` or use `check='full'` (or `partial`) on the `<cpu>` element.",
            references: ["https://libvirt.org/formatdomain.html#cpu-model-and-topology"],
            blocks: [],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["guest-cpu"],
            forEach: nil,
            select: file.query("cpu[@check='none' and feature[(@name='vmx' or @name='svm')\n    and (not(@policy) or @policy='require' or @policy='force' or @policy='optional')]]"),
            captures: [(name: "name", query: file.query("string(feature[(@name='vmx' or @name='svm')\n  and (not(@policy) or @policy='require' or @policy='force' or @policy='optional')][1]/@name)"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("This CPU requests {item.name} with check='none': libvirt will not notice when a host cannot provide it, and the guest then starts without the extension. Use check='full' or 'partial'."),
            notes: [],
            severityOverrides: [],
            edit: RuleEdit(description: file.template("Let libvirt check the CPU it starts the guest with (check='partial')"), find: file.template("check='none'"), replacement: file.template("check='partial'")),
            examples: [
                RuleExample(name: "check none with required vmx", mustFlag: true, input: .domain("<domain type='kvm'>\n  \u{2193}<cpu mode='custom' match='exact' check='none'>\n    <model fallback='forbid'>Haswell</model>\n    <feature policy='require' name='vmx'/>\n  </cpu>\n</domain>\n"), line: 33),
                RuleExample(name: "a missing policy means require", mustFlag: true, input: .domain("<domain type='kvm'>\n  \u{2193}<cpu check='none'><model>EPYC</model><feature name='svm'/></cpu>\n</domain>\n"), line: 41),
                RuleExample(name: "check none without vmx or svm (libvirt's usual custom CPU)", mustFlag: false, input: .domain("<domain type='qemu'><cpu mode='custom' match='exact' check='none'><model fallback='forbid'>qemu64</model></cpu></domain>\n"), line: 47),
                RuleExample(name: "disabled vmx needs no check", mustFlag: false, input: .domain("<domain type='kvm'><cpu check='none'><model>Haswell</model><feature policy='disable' name='vmx'/></cpu></domain>\n"), line: 50),
                RuleExample(name: "check full", mustFlag: false, input: .domain("<domain type='kvm'><cpu check='full'><model>Haswell</model><feature policy='require' name='vmx'/></cpu></domain>\n"), line: 53),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL405-virt-extension-vendor-mismatch.yml`, as `RuleLoader` reads it.
    private static func ruleNL405() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(26)
        return try Rule(
            id: "NL405",
            name: "virt-extension-vendor-mismatch",
            severity: .error,
            scope: .domain,
            summary: "The CPU definition names an AMD vendor or model with vmx, or an Intel one with svm.",
            rationale: "vmx is Intel's virtualization extension and svm is AMD's (Hygon follows AMD). A custom CPU that names an AMD model (EPYC, Opteron, \u{2026}) or `<vendor>AMD</vendor>` and asks for vmx, or an Intel model (Skylake, Haswell, \u{2026}) with svm, asks for an extension that CPU never had: KVM cannot provide it on a host of the model's vendor, and the guest's kernel looks for the extension of the vendor it sees.",
            fix: "Ask for the extension of the model's vendor (`svm` for AMD and Hygon models, `vmx` for Intel ones), or use `mode='host-model'`, which takes the right one from the host.",
            references: ["https://libvirt.org/formatdomain.html#cpu-model-and-topology", "https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html"],
            blocks: [],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["guest-cpu"],
            forEach: nil,
            select: file.query("cpu[not(@mode) or @mode='custom' or @mode='host-model']\n  /feature[(@name='vmx' or @name='svm')\n           and (not(@policy) or @policy='require' or @policy='force' or @policy='optional')]"),
            captures: [(name: "name", query: file.query("string(@name)"))],
            condition: .any([.all([.compare(FactReference("item.name"), .equals(.string("vmx"))), .compare(FactReference("domain.cpu.vendor"), .equals(.string("amd")))]), .all([.compare(FactReference("item.name"), .equals(.string("svm"))), .compare(FactReference("domain.cpu.vendor"), .equals(.string("intel")))])]),
            at: nil,
            related: ["domain.cpu.vendor"],
            message: file.template("The CPU definition names {domain.cpu.vendor} ({domain.cpu.vendor.location}) but asks for {item.name}, the other vendor's extension: that CPU never had it."),
            notes: [(condition: .compare(FactReference("item.name"), .equals(.string("vmx"))), text: file.template("Use <feature policy='require' name='svm'/> for an AMD model.")), (condition: .compare(FactReference("item.name"), .equals(.string("svm"))), text: file.template("Use <feature policy='require' name='vmx'/> for an Intel model."))],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "EPYC with vmx", mustFlag: true, input: .domain("<domain type='kvm'>\n  <cpu mode='custom' match='exact'>\n    <model fallback='forbid'>EPYC-Rome</model>\n    \u{2193}<feature policy='require' name='vmx'/>\n  </cpu>\n</domain>\n"), line: 45),
                RuleExample(name: "Intel vendor with svm, no policy", mustFlag: true, input: .domain("<domain type='kvm'>\n  <cpu>\n    <model>qemu64</model>\n    <vendor>Intel</vendor>\n    \u{2193}<feature name='svm'/>\n  </cpu>\n</domain>\n"), line: 53),
                RuleExample(name: "Opteron with vmx", mustFlag: true, input: .domain("<domain type='kvm'><cpu><model>Opteron_G5</model>\u{2193}<feature policy='optional' name='vmx'/></cpu></domain>\n"), line: 62),
                RuleExample(name: "EPYC with svm", mustFlag: false, input: .domain("<domain type='kvm'><cpu mode='custom'><model>EPYC</model><feature policy='require' name='svm'/></cpu></domain>\n"), line: 66),
                RuleExample(name: "a disabled extension is no request", mustFlag: false, input: .domain("<domain type='kvm'><cpu mode='custom'><model>EPYC</model><feature policy='disable' name='vmx'/></cpu></domain>\n"), line: 69),
                RuleExample(name: "a generic model takes the host's vendor", mustFlag: false, input: .domain("<domain type='kvm'><cpu mode='custom'><model>qemu64</model><feature policy='require' name='vmx'/></cpu></domain>\n"), line: 72),
                RuleExample(name: "host-passthrough ignores the model", mustFlag: false, input: .domain("<domain type='kvm'><cpu mode='host-passthrough'><model>EPYC</model><feature policy='require' name='vmx'/></cpu></domain>\n"), line: 75),
                RuleExample(name: "svme-addr-chk on an Intel model is not svm", mustFlag: false, input: .domain("<domain type='kvm'><cpu><model>Skylake-Server</model><feature policy='require' name='svme-addr-chk'/></cpu></domain>\n"), line: 78),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL406-host-cpu-model-on-migratable-guest.yml`, as `RuleLoader` reads it.
    private static func ruleNL406() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(27)
        return try Rule(
            id: "NL406",
            name: "host-cpu-model-on-migratable-guest",
            severity: .warning,
            scope: .domain,
            summary: "`mode='host-passthrough'` or `mode='maximum'` on a domain that must migrate: only safe between identical hosts.",
            rationale: "host-passthrough (and maximum, which behaves like it under KVM) gives the guest the exact CPU of the host it started on. libvirt does not compare that CPU with the destination's, so a migration to a host that differs in CPU model, microcode, kernel or QEMU version can succeed and then leave the guest on a CPU whose features changed under it (crashes or hangs). The guide's host-model mode is migratable between similar hosts. Saving and restoring on the same host is not affected.",
            fix: "Use `<cpu mode='host-model'/>`, or a named custom model that every host of the migration pool supports; keep host-passthrough only for guests pinned to one host, or hosts that are identical in hardware, microcode and software. If the guest must not migrate, say so with `<nestlint:intent operations='save snapshot'/>` in its metadata.",
            references: ["https://libvirt.org/formatdomain.html#cpu-model-and-topology", "https://libvirt.org/migration.html"],
            blocks: [.migrate],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["guest-cpu", "migration"],
            forEach: nil,
            select: file.query("cpu[@mode='host-passthrough' or @mode='maximum']"),
            captures: [(name: "mode", query: file.query("string(@mode)"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("mode='{item.mode}' gives this guest the exact CPU of the host it starts on, and libvirt does not check the destination's CPU on migration: migrating is only safe between hosts identical in CPU model, microcode, kernel and QEMU. Use mode='host-model' for a guest that must migrate."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "host-passthrough", mustFlag: true, input: .domain("<domain type='kvm'>\n  <name>vm</name>\n  \u{2193}<cpu mode='host-passthrough' check='none' migratable='on'/>\n</domain>\n"), line: 33),
                RuleExample(name: "maximum", mustFlag: true, input: .domain("<domain type='kvm'>\n  \u{2193}<cpu mode='maximum'>\n    <topology sockets='1' cores='4' threads='1'/>\n  </cpu>\n</domain>\n"), line: 39),
                RuleExample(name: "intent requires migration", mustFlag: true, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\" operations=\"migrate\"/></metadata>\n  \u{2193}<cpu mode='host-passthrough'/>\n</domain>\n"), line: 46),
                RuleExample(name: "host-model", mustFlag: false, input: .domain("<domain type='kvm'><cpu mode='host-model'/></domain>\n"), line: 53),
                RuleExample(name: "a guest that must only be saved", mustFlag: false, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" operations=\"save snapshot\"/></metadata>\n  <cpu mode='host-passthrough'/>\n</domain>\n"), line: 56),
                RuleExample(name: "no operation required", mustFlag: false, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" operations=\"\"/></metadata>\n  <cpu mode='host-passthrough'/>\n</domain>\n"), line: 62),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL407-non-migratable-host-cpu.yml`, as `RuleLoader` reads it.
    private static func ruleNL407() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(28)
        return try Rule(
            id: "NL407",
            name: "non-migratable-host-cpu",
            severity: .error,
            scope: .domain,
            summary: "`host-passthrough` or `maximum` with `migratable='off'` on a domain that must migrate or save.",
            rationale: "`migratable='off'` (host-passthrough and maximum only) tells QEMU to keep every host CPU feature, including those known to block migration, invariant TSC (invtsc) above all. QEMU then registers a migration blocker on hosts that have such a feature, and libvirt refuses to migrate the guest, save it (virsh save, managedsave) or take a memory snapshot, since all of them use the same migration stream. With `migratable='on'` (QEMU's default for the host model) those features are filtered out.",
            fix: "Set `migratable='on'` (or remove the attribute), or use `mode='host-model'`. If the guest really needs invtsc, set a fixed TSC frequency with `<clock><timer name='tsc' frequency='\u{2026}'/></clock>` and migrate only between hosts with the same TSC rate.",
            references: ["https://libvirt.org/formatdomain.html#cpu-model-and-topology", "https://github.com/qemu/qemu/commit/120eee7d1fdb2eba15766cfff7b9bcdc902690b4"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["guest-cpu", "migration"],
            forEach: nil,
            select: file.query("cpu[(@mode='host-passthrough' or @mode='maximum') and @migratable='off']"),
            captures: [(name: "mode", query: file.query("string(@mode)"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("mode='{item.mode}' with migratable='off' keeps host CPU features that block migration (such as invtsc), so QEMU refuses to migrate or save this guest and libvirt cannot take a memory snapshot (blocks migrate, save, snapshot). Set migratable='on' or use mode='host-model'."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "host-passthrough, migratable off", mustFlag: true, input: .domain("<domain type='kvm'>\n  \u{2193}<cpu mode='host-passthrough' check='none' migratable='off'>\n    <topology sockets='1' dies='1' cores='4' threads='2'/>\n  </cpu>\n</domain>\n"), line: 32),
                RuleExample(name: "maximum, migratable off, in a live status", mustFlag: true, input: .bundle(files: [(path: "run/libvirt/qemu/vm.xml", contents: "<domstatus state='running'>\n  <domain type='kvm' id='7'>\n    <name>vm</name>\n    \u{2193}<cpu mode='maximum' migratable='off'/>\n  </domain>\n</domstatus>\n")], links: []), line: 39),
                RuleExample(name: "only save is required, and save is blocked too", mustFlag: true, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" operations=\"save\"/></metadata>\n  \u{2193}<cpu mode='maximum' migratable='off'/>\n</domain>\n"), line: 48),
                RuleExample(name: "migratable on", mustFlag: false, input: .domain("<domain type='kvm'><cpu mode='host-passthrough' migratable='on'/></domain>\n"), line: 55),
                RuleExample(name: "migratable absent", mustFlag: false, input: .domain("<domain type='kvm'><cpu mode='maximum'/></domain>\n"), line: 58),
                RuleExample(name: "no operation required", mustFlag: false, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\" operations=\"\"/></metadata>\n  <cpu mode='host-passthrough' migratable='off'/>\n</domain>\n"), line: 61),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL408-hyperv-passthrough.yml`, as `RuleLoader` reads it.
    private static func ruleNL408() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(29)
        return try Rule(
            id: "NL408",
            name: "hyperv-passthrough",
            severity: .error,
            scope: .domain,
            summary: "`<hyperv mode='passthrough'/>`, or `hv-no-nonarch-coresharing=auto` on the QEMU command line: QEMU registers a migration blocker.",
            rationale: "`<features><hyperv mode='passthrough'/></features>` makes libvirt start QEMU with `hv-passthrough`, which enables every Hyper-V enlightenment the host kernel offers; the set differs between hosts, so QEMU registers a migration blocker (\"'hv-passthrough' CPU flag prevents migration, use explicit set of hv-* flags instead\"). `hv-no-nonarch-coresharing=auto` passed through `<qemu:commandline>` does the same. The blocker stops live migration, virsh save and managedsave, and memory snapshots alike.",
            fix: "Use `<hyperv mode='custom'>` with the enlightenments listed one by one (relaxed, vapic, spinlocks, vpindex, synic, stimer, \u{2026}), and `hv-no-nonarch-coresharing=on` instead of `auto`.",
            references: ["https://libvirt.org/formatdomain.html#hypervisor-features", "https://www.qemu.org/docs/master/system/i386/hyperv.html"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["guest-cpu", "migration"],
            forEach: nil,
            select: file.query("features/hyperv[@mode='passthrough'] | *[local-name()='commandline' and namespace-uri()='http://libvirt.org/schemas/domain/qemu/1.0']\n    /*[local-name()='arg' and contains(@value, 'hv-no-nonarch-coresharing=auto')]"),
            captures: [],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("QEMU registers a migration blocker for this domain, so it cannot be migrated, saved or snapshotted with memory:"),
            notes: [(condition: .compare(FactReference("item.element"), .equals(.string("hyperv"))), text: file.template("<hyperv mode='passthrough'/> enables every Hyper-V enlightenment of this host (hv-passthrough). List them with <hyperv mode='custom'> instead.")), (condition: .compare(FactReference("item.element"), .notEquals(.string("hyperv"))), text: file.template("hv-no-nonarch-coresharing=auto on the QEMU command line prevents migration; use hv-no-nonarch-coresharing=on."))],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "hyperv passthrough", mustFlag: true, input: .domain("<domain type='kvm'>\n  <features>\n    <acpi/>\n    \u{2193}<hyperv mode='passthrough'/>\n  </features>\n</domain>\n"), line: 34),
                RuleExample(name: "hv-no-nonarch-coresharing=auto on the command line", mustFlag: true, input: .domain("<domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>\n  <qemu:commandline>\n    <qemu:arg value='-cpu'/>\n    \u{2193}<qemu:arg value='host,hv-passthrough=off,hv-no-nonarch-coresharing=auto'/>\n  </qemu:commandline>\n</domain>\n"), line: 42),
                RuleExample(name: "custom enlightenments", mustFlag: false, input: .domain("<domain type='kvm'>\n  <features>\n    <hyperv mode='custom'><relaxed state='on'/><vapic state='on'/></hyperv>\n  </features>\n</domain>\n"), line: 51),
                RuleExample(name: "coresharing on", mustFlag: false, input: .domain("<domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>\n  <qemu:commandline><qemu:arg value='host,hv-no-nonarch-coresharing=on'/></qemu:commandline>\n</domain>\n"), line: 58),
                RuleExample(name: "no operation required", mustFlag: false, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" operations=\"\"/></metadata>\n  <features><hyperv mode='passthrough'/></features>\n</domain>\n"), line: 63),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL501-pci-passthrough.yml`, as `RuleLoader` reads it.
    private static func ruleNL501() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(30)
        return try Rule(
            id: "NL501",
            name: "pci-passthrough",
            severity: .error,
            scope: .domain,
            summary: "A PCI device is passed through (`<hostdev mode='subsystem' type='pci'>`) without `<teaming type='transient'/>`.",
            rationale: "A device assigned with VFIO keeps its state in the hardware, where QEMU cannot copy it. libvirt refuses to migrate the domain (\"cannot migrate a domain with <hostdev mode='subsystem' type='pci'>\"), or QEMU reports a VFIO migration blocker, unless the device and its host driver support VFIO migration (few do). virsh save, managedsave and memory snapshots go through the same check. The exception is a network VF declared as the transient half of a failover pair (`<teaming type='transient'/>`): QEMU unplugs it before migration and the guest keeps its network over the paired virtio interface.",
            fix: "Detach the device before migrating or saving (virsh detach-device), and attach it again afterwards. For a network VF, pair it with a virtio interface: give the virtio interface `<teaming type='persistent'/>` and the VF `<teaming type='transient' persistent='ALIAS'/>`. If the guest must stay on its host, say so with `<nestlint:intent operations=''/>`.",
            references: ["https://libvirt.org/formatdomain.html#host-device-assignment", "https://libvirt.org/formatdomain.html#teaming-a-virtio-hostdev-nic-pair", "https://libvirt.org/migration.html"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["migration"],
            forEach: nil,
            select: file.query("devices/hostdev[(@mode='subsystem' or not(@mode)) and @type='pci' and not(teaming[@type='transient'])]"),
            captures: [(name: "address", query: file.query("substring(concat(' (host device ', source/address/@domain, ':', source/address/@bus, ':',\n  source/address/@slot, '.', source/address/@function, ')'), 1, 200 * boolean(source/address/@bus))"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("PCI device passthrough{item.address} blocks migrate, save and memory snapshots: libvirt refuses with \"cannot migrate a domain with <hostdev mode='subsystem' type='pci'>\". Detach it first, or make a network VF the transient half of a failover pair (<teaming type='transient' persistent='\u{2026}'/>)."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "a GPU passed through", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    \u{2193}<hostdev mode='subsystem' type='pci' managed='yes'>\n      <source>\n        <address domain='0x0000' bus='0x0b' slot='0x00' function='0x0'/>\n      </source>\n    </hostdev>\n  </devices>\n</domain>\n"), line: 37),
                RuleExample(name: "a persistent teaming element does not exempt a hostdev", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    \u{2193}<hostdev mode='subsystem' type='pci' managed='yes'>\n      <source><address domain='0x0000' bus='0x03' slot='0x10' function='0x1'/></source>\n      <teaming type='persistent'/>\n    </hostdev>\n  </devices>\n</domain>\n"), line: 48),
                RuleExample(name: "the transient half of a failover pair", mustFlag: false, input: .domain("<domain type='kvm'>\n  <devices>\n    <interface type='bridge'>\n      <mac address='00:11:22:33:44:55'/>\n      <source bridge='br0'/>\n      <model type='virtio'/>\n      <alias name='ua-backup0'/>\n      <teaming type='persistent'/>\n    </interface>\n    <hostdev mode='subsystem' type='pci' managed='yes'>\n      <source><address domain='0x0000' bus='0x03' slot='0x10' function='0x1'/></source>\n      <teaming type='transient' persistent='ua-backup0'/>\n    </hostdev>\n  </devices>\n</domain>\n"), line: 59),
                RuleExample(name: "USB passthrough is another rule", mustFlag: false, input: .domain("<domain type='kvm'><devices><hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source></hostdev></devices></domain>\n"), line: 76),
                RuleExample(name: "the guest need not migrate or save", mustFlag: false, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"guest\" operations=\"\"/></metadata>\n  <devices><hostdev mode='subsystem' type='pci'><source><address bus='0x0b' slot='0x00' function='0x0'/></source></hostdev></devices>\n</domain>\n"), line: 79),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL502-hostdev-network-interface.yml`, as `RuleLoader` reads it.
    private static func ruleNL502() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(31)
        return try Rule(
            id: "NL502",
            name: "hostdev-network-interface",
            severity: .error,
            scope: .domain,
            summary: "An SR-IOV network interface (`<interface type='hostdev'>`) without `<teaming type='transient'/>`.",
            rationale: "`<interface type='hostdev'>` assigns a network VF to the guest with VFIO: it is PCI passthrough under another name, and libvirt refuses to migrate the domain (\"cannot migrate a domain with <interface type='hostdev'>\"); virsh save, managedsave and memory snapshots go through the same check. A VF that is the transient half of a failover pair (`<teaming type='transient' persistent='ALIAS'/>`) is unplugged by QEMU before migration and does not block it.",
            fix: "Pair the VF with a virtio interface: the virtio interface gets `<teaming type='persistent'/>` and an alias, the VF `<teaming type='transient' persistent='ALIAS'/>`; or use a virtio interface alone (macvtap or a bridge on the VF).",
            references: ["https://libvirt.org/formatdomain.html#teaming-a-virtio-hostdev-nic-pair", "https://libvirt.org/formatdomain.html#pci-passthrough"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["migration"],
            forEach: nil,
            select: file.query("devices/interface[@type='hostdev' and not(teaming[@type='transient'])]"),
            captures: [(name: "mac", query: file.query("substring(concat(' (MAC ', mac/@address, ')'), 1, 100 * boolean(mac/@address))"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("This SR-IOV interface{item.mac} is PCI passthrough: libvirt refuses to migrate, save or snapshot the domain (\"cannot migrate a domain with <interface type='hostdev'>\"). Make it the transient half of a failover pair (<teaming type='transient' persistent='\u{2026}'/> beside a virtio interface with <teaming type='persistent'/>)."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "a plain hostdev interface", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    \u{2193}<interface type='hostdev' managed='yes'>\n      <mac address='52:54:00:6d:90:02'/>\n      <source>\n        <address type='pci' domain='0x0000' bus='0x00' slot='0x07' function='0x0'/>\n      </source>\n    </interface>\n  </devices>\n</domain>\n"), line: 33),
                RuleExample(name: "the transient half of a failover pair, and its persistent virtio partner", mustFlag: false, input: .domain("<domain type='kvm'>\n  <devices>\n    <interface type='network'>\n      <source network='default'/>\n      <mac address='00:11:22:33:44:55'/>\n      <model type='virtio'/>\n      <alias name='ua-backup0'/>\n      <teaming type='persistent'/>\n    </interface>\n    <interface type='hostdev' managed='yes'>\n      <mac address='00:11:22:33:44:55'/>\n      <source><address type='pci' domain='0x0000' bus='0x00' slot='0x07' function='0x0'/></source>\n      <teaming type='transient' persistent='ua-backup0'/>\n    </interface>\n  </devices>\n</domain>\n"), line: 46),
                RuleExample(name: "a virtio interface", mustFlag: false, input: .domain("<domain type='kvm'><devices><interface type='network'><source network='default'/><model type='virtio'/></interface></devices></domain>\n"), line: 64),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL503-mdev-or-scsi-passthrough.yml`, as `RuleLoader` reads it.
    private static func ruleNL503() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(32)
        return try Rule(
            id: "NL503",
            name: "mdev-or-scsi-passthrough",
            severity: .error,
            scope: .domain,
            summary: "A mediated device, SCSI device or SCSI host is passed through, or a hostdev uses `mode='capabilities'`.",
            rationale: "libvirt refuses to migrate a domain with `<hostdev mode='subsystem' type='mdev'>` (vGPU and other mediated devices), `type='scsi'` (a host SCSI device), `type='scsi_host'` (vhost-scsi) or any `<hostdev mode='capabilities'>`: \"cannot migrate a domain with <hostdev \u{2026}>\". virsh save, managedsave and memory snapshots go through the same check. With recent QEMU and libvirt a few mediated-device drivers support VFIO migration; QEMU then reports no blocker.",
            fix: "Detach the device before migrating or saving; give the guest a virtual disk (virtio-scsi over the same LUN through `<disk type='block' device='lun'>`) instead of a SCSI hostdev; for a vGPU, check whether its driver supports migration on both hosts.",
            references: ["https://libvirt.org/formatdomain.html#host-device-assignment", "https://libvirt.org/drvnodedev.html#mediated-devices-mdevs"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["migration"],
            forEach: nil,
            select: file.query("devices/hostdev[((@mode='subsystem' or not(@mode)) and (@type='mdev' or @type='scsi' or @type='scsi_host'))\n                or @mode='capabilities']"),
            captures: [(name: "mode", query: file.query("string(@mode)")), (name: "type", query: file.query("string(@type)"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("<hostdev mode='{item.mode|subsystem}' type='{item.type}'> blocks migrate, save and memory snapshots: libvirt refuses with \"cannot migrate a domain with <hostdev \u{2026}>\". Detach it first."),
            notes: [(condition: .compare(FactReference("item.type"), .equals(.string("mdev"))), text: file.template("A mediated device migrates only when its vendor driver supports VFIO migration on both hosts."))],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "a vGPU", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    \u{2193}<hostdev mode='subsystem' type='mdev' model='vfio-pci'>\n      <source><address uuid='53764d0e-85a0-42b4-af5c-2046b460b1dc'/></source>\n    </hostdev>\n  </devices>\n</domain>\n"), line: 36),
                RuleExample(name: "a SCSI disk and a vhost-scsi host", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    \u{2193}<hostdev mode='subsystem' type='scsi' managed='no'>\n      <source><adapter name='scsi_host0'/><address bus='0' target='0' unit='0'/></source>\n    </hostdev>\n    \u{2193}<hostdev mode='subsystem' type='scsi_host'>\n      <source protocol='vhost' wwpn='naa.50014057667280d8'/>\n    </hostdev>\n  </devices>\n</domain>\n"), line: 45),
                RuleExample(name: "capabilities mode", mustFlag: true, input: .domain("<domain type='kvm'><devices>\u{2193}<hostdev mode='capabilities' type='storage'><source><block>/dev/sdf1</block></source></hostdev></devices></domain>\n"), line: 57),
                RuleExample(name: "PCI and USB are other rules", mustFlag: false, input: .domain("<domain type='kvm'>\n  <devices>\n    <hostdev mode='subsystem' type='pci'><source><address bus='0x06' slot='0x12' function='0x5'/></source></hostdev>\n    <hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/></source></hostdev>\n  </devices>\n</domain>\n"), line: 61),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL504-usb-passthrough.yml`, as `RuleLoader` reads it.
    private static func ruleNL504() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(33)
        return try Rule(
            id: "NL504",
            name: "usb-passthrough",
            severity: .note,
            scope: .domain,
            summary: "A host USB device is passed through (`<hostdev mode='subsystem' type='usb'>`); migration is allowed but the destination needs the same device.",
            rationale: "USB host devices are the one kind of hostdev libvirt lets migrate: QEMU re-attaches the device by vendor/product (or bus/address) on the destination. If the destination host has no such device, the guest arrives without it, or the migration or restore fails, depending on the `startupPolicy`.",
            fix: "Make sure every destination host has the same device, or detach it before migrating; a network USB redirection (`<redirdev>`) does not tie the guest to one host.",
            references: ["https://libvirt.org/formatdomain.html#usb-pci-scsi-devices"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["migration"],
            forEach: nil,
            select: file.query("devices/hostdev[(@mode='subsystem' or not(@mode)) and @type='usb']"),
            captures: [(name: "device", query: file.query("concat(substring(concat(' ', source/vendor/@id, ':', source/product/@id), 1, 100 * boolean(source/vendor/@id)),\n  substring(concat(' on bus ', source/address/@bus, ' device ', source/address/@device), 1, 100 * boolean(source/address/@bus)))"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("USB passthrough of host device{item.device}: libvirt allows migrating and saving this guest, but the destination (or the host it is restored on) must offer the same USB device."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "a USB device", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    \u{2193}<hostdev mode='subsystem' type='usb' managed='yes'>\n      <source>\n        <vendor id='0x046d'/>\n        <product id='0xc52b'/>\n      </source>\n    </hostdev>\n  </devices>\n</domain>\n"), line: 29),
                RuleExample(name: "redirected USB", mustFlag: false, input: .domain("<domain type='kvm'><devices><redirdev bus='usb' type='spicevmc'/></devices></domain>\n"), line: 42),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL505-virtiofs-share.yml`, as `RuleLoader` reads it.
    private static func ruleNL505() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(34)
        return try Rule(
            id: "NL505",
            name: "virtiofs-share",
            severity: .error,
            scope: .domain,
            summary: "A virtiofs share (`<filesystem>` with `<driver type='virtiofs'/>`) blocks migration and save; a warning when an external daemon serves it.",
            rationale: "libvirt has long refused to migrate a domain with a virtiofs filesystem (\"migration with virtiofs device is not supported\"), and virsh save, managedsave and memory snapshots use the same check. Recent libvirt accepts it when the share is served by an externally started virtiofsd (`<source socket='\u{2026}'/>`) or when the virtiofsd libvirt starts advertises migration support (migrate-precopy); virtiofsd never copies the shared files, so both hosts must export the same directory. A share with an external daemon is therefore only a warning.",
            fix: "Unmount and detach the share before migrating or saving, or move to a libvirt and virtiofsd that support virtiofs migration and export the same directory (a shared file system) on every host. For a guest that never migrates, say so with `<nestlint:intent operations=''/>`.",
            references: ["https://libvirt.org/kbase/virtiofs.html", "https://gitlab.com/virtio-fs/virtiofsd/-/blob/main/doc/migration.md"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["migration"],
            forEach: nil,
            select: file.query("devices/filesystem[driver/@type='virtiofs']"),
            captures: [(name: "target", query: file.query("string(target/@dir)")), (name: "socket", query: file.query("boolean(source/@socket)"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("The virtiofs share '{item.target}' blocks migrate, save and memory snapshots on most libvirt releases (\"migration with virtiofs device is not supported\")."),
            notes: [(condition: .compare(FactReference("item.socket"), .equals(.bool(true))), text: file.template("It is served by an externally started virtiofsd (source socket): recent libvirt lets it migrate, provided the daemon on both hosts supports migration and exports the same directory.")), (condition: .compare(FactReference("item.socket"), .equals(.bool(false))), text: file.template("Detach it before migrating or saving, or use a libvirt and virtiofsd with virtiofs migration support and a shared directory."))],
            severityOverrides: [(condition: .compare(FactReference("item.socket"), .equals(.bool(true))), severity: .warning)],
            edit: nil,
            examples: [
                RuleExample(name: "libvirt starts the daemon", mustFlag: true, input: .domain("<domain type='kvm'>\n  <memoryBacking><source type='memfd'/><access mode='shared'/></memoryBacking>\n  <devices>\n    \u{2193}<filesystem type='mount' accessmode='passthrough'>\n      <driver type='virtiofs' queue='1024'/>\n      <binary path='/usr/libexec/virtiofsd' xattr='on'/>\n      <source dir='/srv/share'/>\n      <target dir='share'/>\n    </filesystem>\n  </devices>\n</domain>\n"), line: 38),
                RuleExample(name: "an external daemon is a warning", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    \u{2193}<filesystem type='mount'>\n      <driver type='virtiofs'/>\n      <source socket='/run/virtiofsd/share.sock'/>\n      <target dir='share'/>\n    </filesystem>\n  </devices>\n</domain>\n"), line: 51),
                RuleExample(name: "9p is another rule", mustFlag: false, input: .domain("<domain type='kvm'><devices><filesystem type='mount'><driver type='path'/><source dir='/srv'/><target dir='srv'/></filesystem></devices></domain>\n"), line: 63),
                RuleExample(name: "no operation required", mustFlag: false, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" operations=\"\"/></metadata>\n  <devices><filesystem type='mount'><driver type='virtiofs'/><source dir='/srv'/><target dir='srv'/></filesystem></devices>\n</domain>\n"), line: 66),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL506-9p-share.yml`, as `RuleLoader` reads it.
    private static func ruleNL506() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(35)
        return try Rule(
            id: "NL506",
            name: "9p-share",
            severity: .warning,
            scope: .domain,
            summary: "A 9p share (`<filesystem type='mount'>` whose driver is not virtiofs) blocks migration and save once the guest mounts it.",
            rationale: "QEMU's 9p server (virtio-9p) cannot migrate the guest's open files: as soon as the guest mounts the share, QEMU registers a migration blocker (\"Migration is disabled when VirtFS export path '\u{2026}' is mounted in the guest using mount_tag '\u{2026}'\"), which stops live migration, virsh save, managedsave and memory snapshots until the guest unmounts it. A `<filesystem>` without a type is `type='mount'` to libvirt. `<driver type='mtp'/>` is QEMU's usb-mtp device, which QEMU marks as not migratable at all.",
            fix: "Unmount the share in the guest before migrating or saving, or share the files over the network (NFS, SMB) instead; virtiofs is faster but has its own limits (NL505).",
            references: ["https://libvirt.org/formatdomain.html#filesystems", "https://wiki.qemu.org/Documentation/9psetup"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["migration"],
            forEach: nil,
            select: file.query("devices/filesystem[(@type='mount' or not(@type)) and not(driver/@type='virtiofs')]"),
            captures: [(name: "target", query: file.query("string(target/@dir)")), (name: "driver", query: file.query("string(driver/@type)"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("The 9p share '{item.target}' blocks migrate, save and memory snapshots while the guest has it mounted (QEMU registers a migration blocker on mount)."),
            notes: [(condition: .compare(FactReference("item.driver"), .equals(.string("mtp"))), text: file.template("With driver type='mtp' it is QEMU's usb-mtp device, which QEMU never migrates."))],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "a default 9p share", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    \u{2193}<filesystem type='mount' accessmode='mapped'>\n      <source dir='/export/to/guest'/>\n      <target dir='/import/from/host'/>\n    </filesystem>\n  </devices>\n</domain>\n"), line: 32),
                RuleExample(name: "no type means mount", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    \u{2193}<filesystem>\n      <driver type='handle' wrpolicy='immediate'/>\n      <source dir='/export'/>\n      <target dir='export'/>\n    </filesystem>\n  </devices>\n</domain>\n"), line: 42),
                RuleExample(name: "virtiofs is another rule", mustFlag: false, input: .domain("<domain type='kvm'><devices><filesystem type='mount'><driver type='virtiofs'/><source dir='/srv'/><target dir='srv'/></filesystem></devices></domain>\n"), line: 54),
                RuleExample(name: "a RAM file system is no share", mustFlag: false, input: .domain("<domain type='kvm'><devices><filesystem type='ram'><source usage='1024'/><target dir='/tmp'/></filesystem></devices></domain>\n"), line: 57),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL507-invtsc-without-tsc-frequency.yml`, as `RuleLoader` reads it.
    private static func ruleNL507() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(36)
        return try Rule(
            id: "NL507",
            name: "invtsc-without-tsc-frequency",
            severity: .error,
            scope: .domain,
            summary: "The CPU asks for invariant TSC (`invtsc`) and the clock sets no fixed TSC frequency.",
            rationale: "An invariant TSC promises the guest a TSC rate that never changes, which a migration to a host with another TSC rate would break. QEMU therefore blocks migration of a guest with invtsc unless the TSC frequency is set explicitly, and libvirt refuses first (\"domain has 'invtsc' CPU feature but TSC frequency is not specified\"). virsh save, managedsave and memory snapshots use the same check.",
            fix: "Add `<clock><timer name='tsc' frequency='HZ'/></clock>` with the host's TSC rate (and migrate only between hosts that run at it, or that support TSC scaling), or drop the invtsc feature.",
            references: ["https://libvirt.org/formatdomain.html#time-keeping", "https://libvirt.org/formatdomain.html#cpu-model-and-topology"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["guest-cpu", "migration"],
            forEach: nil,
            select: file.query("cpu/feature[@name='invtsc'\n            and (not(@policy) or @policy='require' or @policy='force' or @policy='optional')\n            and not(../../clock/timer[@name='tsc' and @frequency])]"),
            captures: [(name: "policy", query: file.query("string(@policy)"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("invtsc is requested but no <timer name='tsc' frequency='\u{2026}'/> fixes the TSC rate: libvirt refuses to migrate, save or snapshot this guest (\"domain has 'invtsc' CPU feature but TSC frequency is not specified\"). Set the TSC frequency in <clock> or drop invtsc."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "invtsc without a frequency", mustFlag: true, input: .domain("<domain type='kvm'>\n  <cpu mode='host-passthrough'>\n    \u{2193}<feature policy='require' name='invtsc'/>\n  </cpu>\n  <clock offset='utc'>\n    <timer name='tsc' present='yes'/>\n  </clock>\n</domain>\n"), line: 33),
                RuleExample(name: "a missing policy means require", mustFlag: true, input: .domain("<domain type='kvm'><cpu><model>Haswell</model>\u{2193}<feature name='invtsc'/></cpu></domain>\n"), line: 43),
                RuleExample(name: "a fixed TSC frequency", mustFlag: false, input: .domain("<domain type='kvm'>\n  <cpu mode='host-passthrough'><feature policy='require' name='invtsc'/></cpu>\n  <clock offset='utc'><timer name='tsc' frequency='3504000000'/></clock>\n</domain>\n"), line: 47),
                RuleExample(name: "disabled invtsc", mustFlag: false, input: .domain("<domain type='kvm'><cpu mode='host-model'><feature policy='disable' name='invtsc'/></cpu></domain>\n"), line: 53),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL508-confidential-guest.yml`, as `RuleLoader` reads it.
    private static func ruleNL508() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(37)
        return try Rule(
            id: "NL508",
            name: "confidential-guest",
            severity: .error,
            scope: .domain,
            summary: "A confidential guest (`<launchSecurity type='sev'|'sev-snp'|'tdx'|'s390-pv'>`) cannot be migrated or saved.",
            rationale: "The memory of an AMD SEV or SEV-SNP, Intel TDX or IBM Secure Execution (s390-pv) guest is encrypted with keys the host does not hold, so QEMU cannot copy it into a migration stream or a save file: it registers a migration blocker for such guests. Live migration, virsh save, managedsave and memory snapshots all fail.",
            fix: "Treat the guest as pinned to its host (`<nestlint:intent operations=''/>` in its metadata documents that), and plan maintenance as shutdown and restart; confidential-guest migration is still being developed upstream.",
            references: ["https://libvirt.org/kbase/launch_security_sev.html", "https://libvirt.org/formatdomain.html#launch-security"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["migration", "confidential-computing"],
            forEach: nil,
            select: file.query("launchSecurity[@type='sev' or @type='sev-snp' or @type='tdx' or @type='s390-pv']"),
            captures: [(name: "type", query: file.query("string(@type)"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("launchSecurity type='{item.type}' encrypts guest memory with keys the host does not hold: QEMU blocks migrate, save and memory snapshots of this guest."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "SEV", mustFlag: true, input: .domain("<domain type='kvm'>\n  \u{2193}<launchSecurity type='sev'>\n    <cbitpos>47</cbitpos>\n    <reducedPhysBits>1</reducedPhysBits>\n    <policy>0x0003</policy>\n  </launchSecurity>\n</domain>\n"), line: 29),
                RuleExample(name: "s390 protected virtualisation", mustFlag: true, input: .domain("<domain type='kvm'>\u{2193}<launchSecurity type='s390-pv'/></domain>\n"), line: 38),
                RuleExample(name: "no launch security", mustFlag: false, input: .domain("<domain type='kvm'><name>vm</name></domain>\n"), line: 42),
                RuleExample(name: "no operation required", mustFlag: false, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" operations=\"\"/></metadata>\n  <launchSecurity type='tdx'/>\n</domain>\n"), line: 45),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL509-tpm-passthrough.yml`, as `RuleLoader` reads it.
    private static func ruleNL509() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(38)
        return try Rule(
            id: "NL509",
            name: "tpm-passthrough",
            severity: .error,
            scope: .domain,
            summary: "The guest uses the host's TPM (`<tpm><backend type='passthrough'>`), which cannot be migrated or saved.",
            rationale: "With the passthrough backend the guest talks to the host's own TPM chip: its state lives in that hardware and cannot be copied into a migration stream or a save file, so QEMU does not migrate or save such a guest. The emulated TPM (swtpm, `backend type='emulator'`) keeps its state in files that libvirt migrates with the guest.",
            fix: "Use `<tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm>` instead, which QEMU and libvirt can migrate.",
            references: ["https://libvirt.org/formatdomain.html#tpm-device", "https://www.qemu.org/docs/master/specs/tpm.html"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["migration"],
            forEach: nil,
            select: file.query("devices/tpm[backend/@type='passthrough']"),
            captures: [(name: "device", query: file.query("substring(concat(' (', backend/device/@path, ')'), 1, 300 * boolean(backend/device/@path))"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("This TPM passes the host's TPM{item.device} through: its state cannot be migrated or saved, so migrate, save and memory snapshots are blocked. Use the emulated TPM (backend type='emulator') instead."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "host TPM", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    \u{2193}<tpm model='tpm-tis'>\n      <backend type='passthrough'>\n        <device path='/dev/tpm0'/>\n      </backend>\n    </tpm>\n  </devices>\n</domain>\n"), line: 29),
                RuleExample(name: "swtpm", mustFlag: false, input: .domain("<domain type='kvm'><devices><tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm></devices></domain>\n"), line: 41),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL510-shared-memory-not-master.yml`, as `RuleLoader` reads it.
    private static func ruleNL510() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(39)
        return try Rule(
            id: "NL510",
            name: "shared-memory-not-master",
            severity: .error,
            scope: .domain,
            summary: "An ivshmem device (`<shmem>`) whose `role` is not `master` (a missing role counts).",
            rationale: "Only the master of an inter-VM shared memory region carries its contents in the migration stream; a peer would arrive on a host where the region's other users are missing. libvirt refuses (\"shmem device '\u{2026}' cannot be migrated, only shmem with role='master' can be migrated\"), and QEMU's default for ivshmem is peer, so a `<shmem>` without `role` is not a master. virsh save, managedsave and memory snapshots use the same check.",
            fix: "Give the guest that owns the region `role='master'`, and detach the peers (or shut them down) before migrating or saving them.",
            references: ["https://libvirt.org/formatdomain.html#shared-memory-device"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["migration"],
            forEach: nil,
            select: file.query("devices/shmem[not(@role='master')]"),
            captures: [(name: "name", query: file.query("string(@name)")), (name: "role", query: file.query("string(@role)"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("The shared memory device '{item.name}' is not role='master': libvirt refuses to migrate, save or snapshot this guest (\"only shmem with role='master' can be migrated\")."),
            notes: [(condition: .compare(FactReference("item.role"), .equals(.string(""))), text: file.template("It has no role attribute, and the default is peer."))],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "no role", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    \u{2193}<shmem name='shmem0'>\n      <model type='ivshmem-plain'/>\n      <size unit='M'>4</size>\n    </shmem>\n  </devices>\n</domain>\n"), line: 32),
                RuleExample(name: "peer", mustFlag: true, input: .domain("<domain type='kvm'><devices>\u{2193}<shmem name='shmem1' role='peer'><model type='ivshmem-doorbell'/><server path='/tmp/socket-shmem1'/></shmem></devices></domain>\n"), line: 42),
                RuleExample(name: "master", mustFlag: false, input: .domain("<domain type='kvm'><devices><shmem name='shmem0' role='master'><model type='ivshmem-plain'/></shmem></devices></domain>\n"), line: 46),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL511-vdpa-interface.yml`, as `RuleLoader` reads it.
    private static func ruleNL511() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(40)
        return try Rule(
            id: "NL511",
            name: "vdpa-interface",
            severity: .warning,
            scope: .domain,
            summary: "A vDPA network interface (`<interface type='vdpa'>`) usually blocks migration and save.",
            rationale: "A vDPA interface hands the virtqueues to a host device (`/dev/vhost-vdpa-N`). Older libvirt refuses to migrate it outright (\"vDPA devices cannot be migrated\"); newer libvirt asks QEMU, which migrates it only when the device and QEMU support it (shadow virtqueues or device state), and otherwise reports a migration blocker. virsh save, managedsave and memory snapshots use the same path.",
            fix: "Check that both hosts' QEMU and vDPA devices support vDPA migration, or use a virtio interface on a bridge or macvtap for guests that must migrate.",
            references: ["https://libvirt.org/formatdomain.html#vdpa-devices"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["migration"],
            forEach: nil,
            select: file.query("devices/interface[@type='vdpa']"),
            captures: [(name: "device", query: file.query("string(source/@dev)"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("The vDPA interface ({item.device}) blocks migrate, save and memory snapshots unless both QEMU and the vDPA device support migrating it."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "vdpa", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    \u{2193}<interface type='vdpa'>\n      <mac address='52:54:00:95:db:c0'/>\n      <source dev='/dev/vhost-vdpa-0'/>\n      <model type='virtio'/>\n    </interface>\n  </devices>\n</domain>\n"), line: 28),
                RuleExample(name: "vhost-user is another rule", mustFlag: false, input: .domain("<domain type='kvm'><devices><interface type='vhostuser'><source type='unix' path='/tmp/vhost.sock' mode='server'/><model type='virtio'/></interface></devices></domain>\n"), line: 40),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL512-transient-disk.yml`, as `RuleLoader` reads it.
    private static func ruleNL512() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(41)
        return try Rule(
            id: "NL512",
            name: "transient-disk",
            severity: .error,
            scope: .domain,
            summary: "A disk marked `<transient/>` blocks migration and save.",
            rationale: "libvirt implements a transient disk with a temporary overlay that is thrown away when the guest stops; the overlay exists only on this host, so libvirt refuses to migrate the guest (\"migration with transient disk is not supported\"), and virsh save, managedsave and memory snapshots use the same check.",
            fix: "Remove `<transient/>` and reset the disk another way (an external snapshot you revert, or a fresh copy of the image at boot), or keep the guest on its host.",
            references: ["https://libvirt.org/formatdomain.html#hard-drives-floppy-disks-cdroms"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["migration"],
            forEach: nil,
            select: file.query("devices/disk[transient]"),
            captures: [(name: "target", query: file.query("string(target/@dev)"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("Disk {item.target} is transient: libvirt refuses to migrate, save or snapshot this guest (\"migration with transient disk is not supported\")."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "transient disk", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    \u{2193}<disk type='file' device='disk'>\n      <driver name='qemu' type='qcow2'/>\n      <source file='/var/lib/libvirt/images/scratch.qcow2'/>\n      <target dev='vdb' bus='virtio'/>\n      <transient/>\n    </disk>\n  </devices>\n</domain>\n"), line: 27),
                RuleExample(name: "read-only disk", mustFlag: false, input: .domain("<domain type='kvm'><devices><disk type='file' device='cdrom'><source file='/iso/x.iso'/><target dev='sda' bus='sata'/><readonly/></disk></devices></domain>\n"), line: 40),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL513-non-migratable-image-format.yml`, as `RuleLoader` reads it.
    private static func ruleNL513() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(42)
        return try Rule(
            id: "NL513",
            name: "non-migratable-image-format",
            severity: .error,
            scope: .domain,
            summary: "A disk image in a format QEMU cannot migrate (vmdk, vhdx, vdi, qcow version 1, parallels; vpc unverified).",
            rationale: "QEMU's drivers for images from other hypervisors (VMware vmdk, Hyper-V vhdx, VirtualBox vdi, Parallels) and for the legacy qcow (version 1) format register a migration blocker when the image is opened (\"The \u{2026} format used by node '\u{2026}' does not support live migration\"), which also stops virsh save, managedsave and memory snapshots. The same is believed to hold for vpc (Virtual PC, VHD), which is not verified for every QEMU release.",
            fix: "Convert the image to qcow2 or raw (`qemu-img convert -O qcow2 in.vmdk out.qcow2`) and point the disk's `<driver type=\u{2026}>` and `<source>` at the converted image.",
            references: ["https://www.qemu.org/docs/master/system/images.html", "https://www.qemu.org/docs/master/tools/qemu-img.html"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["migration", "storage"],
            forEach: nil,
            select: file.query("devices/disk/driver[@type='vmdk' or @type='vhdx' or @type='vdi' or @type='qcow' or @type='parallels' or @type='vpc']"),
            captures: [(name: "format", query: file.query("string(@type)")), (name: "target", query: file.query("string(../target/@dev)"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("Disk {item.target} uses the {item.format} image format: QEMU registers a migration blocker for it, so migrate, save and memory snapshots are refused. Convert it to qcow2 or raw."),
            notes: [(condition: .compare(FactReference("item.format"), .equals(.string("vpc"))), text: file.template("(For vpc this is not verified on every QEMU release.)"))],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "a VMware image", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    <disk type='file' device='disk'>\n      \u{2193}<driver name='qemu' type='vmdk'/>\n      <source file='/var/lib/libvirt/images/appliance.vmdk'/>\n      <target dev='sda' bus='sata'/>\n    </disk>\n  </devices>\n</domain>\n"), line: 33),
                RuleExample(name: "qcow version 1", mustFlag: true, input: .domain("<domain type='kvm'><devices><disk type='file' device='disk'>\u{2193}<driver name='qemu' type='qcow'/><source file='/old.qcow'/><target dev='vda' bus='virtio'/></disk></devices></domain>\n"), line: 44),
                RuleExample(name: "qcow2 and raw", mustFlag: false, input: .domain("<domain type='kvm'>\n  <devices>\n    <disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/a.qcow2'/><target dev='vda' bus='virtio'/></disk>\n    <disk type='block' device='disk'><driver name='qemu' type='raw'/><source dev='/dev/sdb'/><target dev='vdb' bus='virtio'/></disk>\n  </devices>\n</domain>\n"), line: 48),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL514-virgl-3d-acceleration.yml`, as `RuleLoader` reads it.
    private static func ruleNL514() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(43)
        return try Rule(
            id: "NL514",
            name: "virgl-3d-acceleration",
            severity: .error,
            scope: .domain,
            summary: "Virtio video with 3D acceleration (virgl), or an OpenGL display with virtio video, blocks migration and save.",
            rationale: "With `<acceleration accel3d='yes'/>` the virtio GPU renders through virglrenderer on the host, whose state QEMU cannot migrate: QEMU registers a migration blocker (\"virgl is not yet migratable\"). A `<graphics>` with `<gl enable='yes'/>` beside a virtio video device gives the same result on QEMU releases that turn virgl on by default when the display has OpenGL. virsh save, managedsave and memory snapshots are blocked with it.",
            fix: "Use `accel3d='no'` (or remove the acceleration element) and `<gl enable='no'/>` for guests that must migrate or be saved, or keep 3D guests on their host.",
            references: ["https://libvirt.org/formatdomain.html#video-devices", "https://libvirt.org/formatdomain.html#graphical-framebuffers"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["migration"],
            forEach: nil,
            select: file.query("devices/video[model[@type='virtio']/acceleration[@accel3d='yes']] | devices/graphics[gl[@enable='yes'] and ../video/model[@type='virtio']]"),
            captures: [(name: "type", query: file.query("string(@type)"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("3D acceleration (virgl) cannot be migrated: QEMU blocks migrate, save and memory snapshots of this guest."),
            notes: [(condition: .compare(FactReference("item.element"), .equals(.string("video"))), text: file.template("This virtio video device has accel3d='yes'; use accel3d='no' for a guest that must migrate.")), (condition: .compare(FactReference("item.element"), .equals(.string("graphics"))), text: file.template("This {item.type} display enables OpenGL with a virtio video device; use <gl enable='no'/> for a guest that must migrate."))],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "virgl with an OpenGL SPICE display", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    \u{2193}<graphics type='spice'>\n      <listen type='none'/>\n      <gl enable='yes' rendernode='/dev/dri/renderD128'/>\n    </graphics>\n    \u{2193}<video>\n      <model type='virtio' heads='1' primary='yes'>\n        <acceleration accel3d='yes'/>\n      </model>\n    </video>\n  </devices>\n</domain>\n"), line: 34),
                RuleExample(name: "virgl without a display", mustFlag: true, input: .domain("<domain type='kvm'><devices>\u{2193}<video><model type='virtio'><acceleration accel3d='yes'/></model></video></devices></domain>\n"), line: 49),
                RuleExample(name: "2D virtio", mustFlag: false, input: .domain("<domain type='kvm'><devices><graphics type='vnc'/><video><model type='virtio' heads='1'/></video></devices></domain>\n"), line: 53),
                RuleExample(name: "OpenGL display with QXL video", mustFlag: false, input: .domain("<domain type='kvm'><devices><graphics type='spice'><gl enable='yes'/></graphics><video><model type='qxl'/></video></devices></domain>\n"), line: 56),
                RuleExample(name: "accel3d on a non-virtio model", mustFlag: false, input: .domain("<domain type='kvm'><devices><video><model type='vga'><acceleration accel3d='yes'/></model></video></devices></domain>\n"), line: 59),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL518-destination-resource-dependency.yml`, as `RuleLoader` reads it.
    private static func ruleNL518() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(44)
        return try Rule(
            id: "NL518",
            name: "destination-resource-dependency",
            severity: .note,
            scope: .domain,
            summary: "Hugepages, an nvdimm with a backing path, evdev input passthrough or a vhost-user device: the destination must offer the same resource.",
            rationale: "These devices migrate, but they bind the guest to a resource of the host it runs on: free hugepages of the right size (on the right NUMA node), the nvdimm's backing file at the same path, the same `/dev/input/event*` device, or a vhost-user backend (a DPDK switch, a vhost-user-blk or GPU daemon) listening on the same socket. A destination without it makes the migration fail at the start, or the guest arrive without the device.",
            fix: "Make sure every migration destination provides the resource (reserve hugepages, copy or share the nvdimm file, run the same vhost-user backend), or detach the device before migrating.",
            references: ["https://libvirt.org/formatdomain.html#memory-backing", "https://libvirt.org/formatdomain.html#memory-devices", "https://libvirt.org/formatdomain.html#input-devices", "https://libvirt.org/formatdomain.html#vhost-user-interface"],
            blocks: [.migrate],
            reads: ["domain-xml", "live-domain-xml", "dumped-domain-xml"],
            tags: ["migration"],
            forEach: nil,
            select: file.query("memoryBacking/hugepages | devices/memory[@model='nvdimm' and source/path] | devices/input[@type='evdev'] | devices/interface[@type='vhostuser'] | devices/disk[@type='vhostuser'] | devices/video[driver/@name='vhostuser']"),
            captures: [(name: "path", query: file.query("string((source/path | source/@dev)[1])")), (name: "socket", query: file.query("substring(concat(' (socket ', source/@path, ')'), 1, 300 * boolean(source/@path))"))],
            condition: nil,
            at: nil,
            related: [],
            message: file.template("The migration destination must offer the same resource:"),
            notes: [(condition: .compare(FactReference("item.element"), .equals(.string("hugepages"))), text: file.template("this guest's memory is backed by hugepages, so the destination needs enough free hugepages of the same size.")), (condition: .compare(FactReference("item.element"), .equals(.string("memory"))), text: file.template("the nvdimm is backed by {item.path}, which must exist at the same path on the destination (a shared file, or a copy).")), (condition: .compare(FactReference("item.element"), .equals(.string("input"))), text: file.template("the evdev input device {item.path} must exist on the destination.")), (condition: .compare(FactReference("item.element"), .oneOf([.string("interface"), .string("disk"), .string("video")])), text: file.template("this vhost-user {item.element} needs the same vhost-user backend on the destination{item.socket}."))],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "hugepages and an nvdimm", mustFlag: true, input: .domain("<domain type='kvm'>\n  <memoryBacking>\n    \u{2193}<hugepages>\n      <page size='2048' unit='KiB'/>\n    </hugepages>\n  </memoryBacking>\n  <devices>\n    \u{2193}<memory model='nvdimm'>\n      <source><path>/srv/nvdimm0</path></source>\n      <target><size unit='KiB'>524288</size><node>0</node></target>\n    </memory>\n  </devices>\n</domain>\n"), line: 46),
                RuleExample(name: "evdev and vhost-user", mustFlag: true, input: .domain("<domain type='kvm'>\n  <devices>\n    \u{2193}<input type='evdev'>\n      <source dev='/dev/input/event1' grab='all' repeat='on'/>\n    </input>\n    \u{2193}<interface type='vhostuser'>\n      <source type='unix' path='/run/openvswitch/vhu0' mode='server'/>\n      <model type='virtio'/>\n    </interface>\n    \u{2193}<disk type='vhostuser' device='disk'>\n      <driver name='qemu' type='raw'/>\n      <source type='unix' path='/tmp/vhost-blk.sock'/>\n      <target dev='vdb' bus='virtio'/>\n    </disk>\n  </devices>\n</domain>\n"), line: 61),
                RuleExample(name: "plain memory and a DIMM without a path", mustFlag: false, input: .domain("<domain type='kvm'>\n  <memoryBacking><source type='memfd'/></memoryBacking>\n  <devices><memory model='dimm'><target><size unit='KiB'>524288</size><node>0</node></target></memory></devices>\n</domain>\n"), line: 80),
                RuleExample(name: "migration not required", mustFlag: false, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" operations=\"save snapshot\"/></metadata>\n  <memoryBacking><hugepages/></memoryBacking>\n</domain>\n"), line: 86),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL701-guest-needs-nesting-host-disabled.yml`, as `RuleLoader` reads it.
    private static func ruleNL701() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(45)
        return try Rule(
            id: "NL701",
            name: "guest-needs-nesting-host-disabled",
            severity: .warning,
            scope: .domain,
            summary: "A domain on this host needs nesting (role hypervisor, or a required vmx/svm feature), but the host's nesting is off.",
            rationale: "KVM offers vmx/svm to a guest only when the vendor module's `nested` is on. A guest whose intent role is hypervisor, or whose CPU names `vmx`/`svm` with policy require, force or optional, needs it: with nesting off it cannot run its own KVM guests, and with `<feature policy='require'>` and `check='partial'` or `'full'` libvirt refuses to start it at all. The host's nesting is read from sysfs (the running module), else from the effective configuration. A plain host-model or host-passthrough guest without that role does not count: it simply gets no vmx/svm.",
            fix: "Enable nesting on the host (`options kvm_intel nested=1` or `options kvm_amd nested=1`, then reload the module with every guest stopped, or reboot), or run the guest on a host with nesting on; or drop the vmx/svm requirement if the guest does not host guests.",
            references: ["https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html", "https://libvirt.org/formatdomain.html#cpu-model-and-topology", "https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation"],
            blocks: [],
            reads: ["domain-xml", "sysfs-parameter", "modprobe-config", "kernel-cmdline", "cpuinfo"],
            tags: ["cross-artifact", "guest-cpu"],
            forEach: nil,
            select: file.query("self::domain[not(cpu)] | cpu"),
            captures: [(name: "requests", query: file.query("boolean(feature[(@name='vmx' or @name='svm')\n  and (not(@policy) or @policy='require' or @policy='force' or @policy='optional')])")), (name: "requires", query: file.query("boolean(feature[(@name='vmx' or @name='svm') and (not(@policy) or @policy='require')])")), (name: "check", query: file.query("string(@check)"))],
            condition: .all([.compare(FactReference("domain.type"), .equals(.string("kvm"))), .compare(FactReference("host.nesting-enabled"), .equals(.bool(false))), .any([.compare(FactReference("intent.role"), .equals(.string("hypervisor"))), .compare(FactReference("item.requests"), .equals(.bool(true)))])]),
            at: nil,
            related: ["host.nesting-enabled"],
            message: file.template("This domain needs nesting, but the host has it off ({host.nesting-enabled}, {host.nesting-enabled.location}):"),
            notes: [(condition: .compare(FactReference("intent.role"), .equals(.string("hypervisor"))), text: file.template("its intent role is hypervisor, and without vmx/svm it cannot run its own KVM guests.")), (condition: .all([.not(.compare(FactReference("intent.role"), .equals(.string("hypervisor")))), .compare(FactReference("item.requests"), .equals(.bool(true)))]), text: file.template("its CPU asks for vmx/svm, which KVM offers only with nesting on.")), (condition: .all([.compare(FactReference("item.requires"), .equals(.bool(true))), .compare(FactReference("item.check"), .oneOf([.string("partial"), .string("full")]))]), text: file.template("With a required feature and check='{item.check}', libvirt refuses to start it.")), (condition: .compare(FactReference("runtime.nested"), .equals(.bool(false))), text: file.template("Enable nesting in the configuration and reload {host.vendor-module} with every guest stopped, or reboot.")), (condition: .all([.not(.exists(FactReference("runtime.nested"))), .compare(FactReference("config.nested"), .equals(.bool(false)))]), text: file.template("Change the winning nested= assignment to nested=1."))],
            severityOverrides: [(condition: .compare(FactReference("intent.role"), .equals(.string("hypervisor"))), severity: .error), (condition: .all([.compare(FactReference("item.requires"), .equals(.bool(true))), .compare(FactReference("item.check"), .oneOf([.string("partial"), .string("full")]))]), severity: .error)],
            edit: nil,
            examples: [
                RuleExample(name: "a required vmx with check full on an Intel host with nesting off (error)", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "N\n"), (path: "etc/libvirt/qemu/l1.xml", contents: "<domain type='kvm'>\n  <name>l1</name>\n\u{2193}  <cpu mode='custom' match='exact' check='full'>\n    <model>Skylake-Server</model>\n    <feature policy='require' name='vmx'/>\n  </cpu>\n</domain>\n")], links: []), line: 70),
                RuleExample(name: "role hypervisor without a cpu element, nesting off in the configuration (error)", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_amd nested=0\n"), (path: "etc/libvirt/qemu/l1.xml", contents: "\u{2193}<domain type='kvm'>\n  <name>l1</name>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\"/></metadata>\n</domain>\n")], links: []), line: 82),
                RuleExample(name: "an optional svm on host-passthrough (warning)", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "sys/module/kvm_amd/parameters/nested", contents: "0\n"), (path: "etc/libvirt/qemu/vm.xml", contents: "<domain type='kvm'>\n  <name>vm</name>\n\u{2193}  <cpu mode='host-passthrough'><feature policy='optional' name='svm'/></cpu>\n</domain>\n")], links: []), line: 91),
                RuleExample(name: "a plain host-model guest does not need nesting", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "N\n"), (path: "etc/libvirt/qemu/vm.xml", contents: "<domain type='kvm'><name>vm</name><cpu mode='host-model'/></domain>\n")], links: []), line: 101),
                RuleExample(name: "nesting on at runtime wins over a configuration that says off", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=0\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "Y\n"), (path: "etc/libvirt/qemu/l1.xml", contents: "<domain type='kvm'><cpu mode='custom'><model>Haswell</model><feature name='vmx'/></cpu></domain>\n")], links: []), line: 106),
                RuleExample(name: "a disabled vmx feature does not ask for nesting", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "N\n"), (path: "etc/libvirt/qemu/vm.xml", contents: "<domain type='kvm'><cpu mode='custom'><model>Haswell</model><feature policy='disable' name='vmx'/></cpu></domain>\n")], links: []), line: 112),
                RuleExample(name: "a template without a host says nothing about nesting", mustFlag: false, input: .domain("<domain type='kvm'>\n  <metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\"/></metadata>\n  <cpu mode='host-passthrough'/>\n</domain>\n"), line: 117),
                RuleExample(name: "nesting unknown (default) on the host", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/libvirt/qemu/l1.xml", contents: "<domain type='kvm'><cpu mode='custom'><model>Haswell</model><feature name='vmx'/></cpu></domain>\n")], links: []), line: 123),
                RuleExample(name: "a TCG guest does not use the host's KVM nesting", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "sys/module/kvm_intel/parameters/nested", contents: "N\n"), (path: "etc/libvirt/qemu/l1.xml", contents: "<domain type='qemu'><cpu mode='custom'><model>Haswell</model><feature name='vmx'/></cpu></domain>\n")], links: []), line: 127),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL702-guest-needs-other-vendor-extension.yml`, as `RuleLoader` reads it.
    private static func ruleNL702() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(46)
        return try Rule(
            id: "NL702",
            name: "guest-needs-other-vendor-extension",
            severity: .error,
            scope: .domain,
            summary: "A domain asks for vmx on an AMD host, or svm on an Intel host; KVM can offer only the host vendor's extension.",
            rationale: "KVM's nested support emulates the host vendor's extension only: kvm_intel offers vmx and kvm_amd offers svm. A guest CPU that requires (or forces, or optionally takes) the other vendor's feature never gets it: with policy require libvirt refuses to start the guest on this host, and with force or optional the guest runs without the nesting it was written for. This usually comes from a definition copied between Intel and AMD hosts.",
            fix: "Name the host vendor's feature (`vmx` on Intel, `svm` on AMD and Hygon), or use `<cpu mode='host-model'/>` or `host-passthrough`, which carry the right one when nesting is on.",
            references: ["https://libvirt.org/formatdomain.html#cpu-model-and-topology", "https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html"],
            blocks: [],
            reads: ["domain-xml", "cpuinfo", "loaded-modules", "sysfs-parameter"],
            tags: ["cross-artifact", "guest-cpu"],
            forEach: nil,
            select: file.query("cpu/feature[(@name='vmx' or @name='svm')\n  and (not(@policy) or @policy='require' or @policy='force' or @policy='optional')]"),
            captures: [(name: "name", query: file.query("string(@name)")), (name: "policy", query: file.query("string(@policy)"))],
            condition: .all([.compare(FactReference("domain.type"), .equals(.string("kvm"))), .any([.all([.compare(FactReference("item.name"), .equals(.string("vmx"))), .compare(FactReference("host.vendor-module"), .equals(.string("kvm_amd")))]), .all([.compare(FactReference("item.name"), .equals(.string("svm"))), .compare(FactReference("host.vendor-module"), .equals(.string("kvm_intel")))])])]),
            at: nil,
            related: ["host.vendor-module"],
            message: file.template("This domain asks for {item.name}, but the host runs {host.vendor-module} ({host.vendor-module-source}), which offers only"),
            notes: [(condition: .compare(FactReference("host.vendor-module"), .equals(.string("kvm_amd"))), text: file.template("svm to its guests: use <feature policy='require' name='svm'/> or a host-model CPU.")), (condition: .compare(FactReference("host.vendor-module"), .equals(.string("kvm_intel"))), text: file.template("vmx to its guests: use <feature policy='require' name='vmx'/> or a host-model CPU."))],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "vmx on an AMD host", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/libvirt/qemu/l1.xml", contents: "<domain type='kvm'>\n  <name>l1</name>\n  <cpu mode='custom' match='exact'>\n    <model fallback='forbid'>EPYC</model>\n\u{2193}    <feature policy='require' name='vmx'/>\n  </cpu>\n</domain>\n")], links: []), line: 45),
                RuleExample(name: "svm (no policy means require) on an Intel host known from lsmod", mustFlag: true, input: .bundle(files: [(path: "sos_commands/kernel/lsmod", contents: "Module                  Size  Used by\nkvm_intel             368640  0\nkvm                  1146880  1 kvm_intel\n"), (path: "etc/libvirt/qemu/l1.xml", contents: "<domain type='kvm'>\n  <cpu mode='host-passthrough'>\n\u{2193}    <feature name='svm'/>\n  </cpu>\n</domain>\n")], links: []), line: 56),
                RuleExample(name: "the right vendor's feature", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/libvirt/qemu/l1.xml", contents: "<domain type='kvm'><cpu mode='custom'><model>EPYC</model><feature name='svm'/></cpu></domain>\n")], links: []), line: 69),
                RuleExample(name: "disabling the other vendor's feature is harmless", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/libvirt/qemu/vm.xml", contents: "<domain type='kvm'><cpu mode='custom'><model>EPYC</model><feature policy='disable' name='vmx'/></cpu></domain>\n")], links: []), line: 73),
                RuleExample(name: "a template, no host", mustFlag: false, input: .domain("<domain type='kvm'><cpu mode='custom'><model>EPYC</model><feature name='vmx'/></cpu></domain>"), line: 77),
                RuleExample(name: "svme-addr-chk is not svm", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/libvirt/qemu/vm.xml", contents: "<domain type='kvm'><cpu mode='custom'><model>Skylake-Server</model><feature name='svme-addr-chk'/></cpu></domain>\n")], links: []), line: 79),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL703-nested-guests-block-parent-migration.yml`, as `RuleLoader` reads it.
    private static func ruleNL703() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(47)
        return try Rule(
            id: "NL703",
            name: "nested-guests-block-parent-migration",
            severity: .error,
            scope: .host,
            summary: "This host is itself a virtual machine (L1) running its own KVM guests; its parent must not migrate or save it until they stop.",
            rationale: "Migrating or saving an L1 while L2 guests run needs nested state support in the L0 kernel and QEMU: Intel since Linux 5.3 and QEMU 4.2; on AMD (Linux 5.8, QEMU 5.1) the kernel documentation still calls it undefined behaviour. The nested-virtualization guide ends with this limit: do not migrate or save the parent while a nested instance runs. An L1 merely configured for nesting, with no L2 running, migrates normally. The L0 versions are not in an L1's bundle, so on Intel this is a warning until they are known.",
            fix: "Stop or migrate the L2 guests first (inside the L1), then migrate or save the L1; or keep the L1 pinned to its host. On Intel, make sure L0 runs Linux 5.3+ and QEMU 4.2+.",
            references: ["https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html", "https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation", "https://www.linux-kvm.org/page/Nested_Guests"],
            blocks: [.migrate, .save, .snapshot],
            reads: ["cpuinfo", "live-domain-xml", "loaded-modules"],
            tags: ["cross-artifact", "migration"],
            forEach: nil,
            select: nil,
            captures: [],
            condition: .all([.compare(FactReference("cpu.hypervisor"), .equals(.bool(true))), .compare(FactReference("host.l2-running"), .equals(.bool(true)))]),
            at: "host.l2-running",
            related: ["cpu.hypervisor"],
            message: file.template("This host is a virtual machine (cpuinfo has the hypervisor flag) running its own KVM guests: its parent must not migrate or save it while they run."),
            notes: [(condition: .compare(FactReference("host.running-guests"), .atLeast(.int(1))), text: file.template("Running now according to libvirt: {host.running-guests} (first: {host.running-guests.location}).")), (condition: .compare(FactReference("modules.vendor-users"), .atLeast(.int(1))), text: file.template("lsmod shows {modules.vendor-users} user(s) of {host.vendor-module}."))],
            severityOverrides: [(condition: .compare(FactReference("cpu.vendor"), .equals(.string("intel"))), severity: .warning)],
            edit: nil,
            examples: [
                RuleExample(name: "a running L2 in the live status", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm hypervisor\n"), (path: "etc/libvirt/qemu/l2.xml", contents: "<domain type='kvm'><name>l2</name></domain>\n"), (path: "run/libvirt/qemu/l2.xml", contents: "\u{2193}<domstatus state='running' reason='booted' pid='4242'>\n  <domain type='kvm' id='1'><name>l2</name></domain>\n</domstatus>\n")], links: []), line: 42),
                RuleExample(name: "module users without libvirt", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm hypervisor\n"), (path: "sos_commands/kernel/lsmod", contents: "Module                  Size  Used by\n\u{2193}kvm_intel             368640  2\nkvm                  1146880  1 kvm_intel\n")], links: []), line: 50),
                RuleExample(name: "an L1 with nesting configured but no L2 running", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm hypervisor\n"), (path: "sos_commands/kernel/lsmod", contents: "Module                  Size  Used by\nkvm_intel             368640  0\n"), (path: "etc/libvirt/qemu/l2.xml", contents: "<domain type='kvm'><name>l2</name></domain>\n")], links: []), line: 58),
                RuleExample(name: "a bare-metal host running guests", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "run/libvirt/qemu/vm.xml", contents: "<domstatus state='running'><domain type='kvm'><name>vm</name></domain></domstatus>\n")], links: []), line: 65),
                RuleExample(name: "a stopped status is not a running guest", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm hypervisor\n"), (path: "run/libvirt/qemu/vm.xml", contents: "<domstatus state='paused'><domain type='kvm'><name>vm</name></domain></domstatus>\n")], links: []), line: 70),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL704-virtual-host-without-virt-extension.yml`, as `RuleLoader` reads it.
    private static func ruleNL704() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(48)
        return try Rule(
            id: "NL704",
            name: "virtual-host-without-virt-extension",
            severity: .error,
            scope: .host,
            summary: "This host is a virtual machine (L1) that defines KVM guests, but its CPU has neither vmx nor svm.",
            rationale: "Inside a virtual machine, KVM needs the parent (L0) to expose vmx or svm. This is the guide's `egrep \"svm|vmx\" /proc/cpuinfo` check run inside the instance: with neither flag, the guests this host defines with type='kvm' cannot start (or fall back to slow emulation).",
            fix: "On the parent: enable nesting in its KVM module (NL203) and give this VM `<cpu mode='host-model'/>` or `host-passthrough`, then restart this VM.",
            references: ["https://ubuntu.com/server/docs/how-to-enable-nested-virtualisation", "https://docs.kernel.org/virt/kvm/x86/running-nested-guests.html"],
            blocks: [],
            reads: ["cpuinfo", "domain-xml"],
            tags: ["cross-artifact"],
            forEach: nil,
            select: nil,
            captures: [],
            condition: .all([.compare(FactReference("cpu.hypervisor"), .equals(.bool(true))), .compare(FactReference("cpu.virt-extension"), .equals(.bool(false))), .compare(FactReference("host.kvm-domains"), .atLeast(.int(1)))]),
            at: "cpu.virt-extension",
            related: ["host.kvm-domains"],
            message: file.template("This host is a virtual machine and defines {host.kvm-domains} KVM guest(s) (first: {host.kvm-domains.location}), but its CPU has neither vmx nor svm: the parent does not expose the virtualization extension."),
            notes: [],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "L1 without the extension", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "processor\t: 0\nvendor_id\t: GenuineIntel\n\u{2193}flags\t\t: fpu vme lm hypervisor\n"), (path: "etc/libvirt/qemu/l2.xml", contents: "<domain type='kvm'><name>l2</name></domain>\n")], links: []), line: 31),
                RuleExample(name: "L1 with vmx", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm hypervisor\n"), (path: "etc/libvirt/qemu/l2.xml", contents: "<domain type='kvm'><name>l2</name></domain>\n")], links: []), line: 39),
                RuleExample(name: "a TCG guest needs no extension", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: lm hypervisor\n"), (path: "etc/libvirt/qemu/l2.xml", contents: "<domain type='qemu'><name>l2</name></domain>\n")], links: []), line: 43),
                RuleExample(name: "a VM that defines no guests", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: lm hypervisor\n"), (path: "etc/modprobe.d/kvm.conf", contents: "options kvm_intel nested=1\n")], links: []), line: 47),
                RuleExample(name: "the extension on only some CPUs counts as missing, but svme-addr-chk is not svm", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "processor\t: 0\nvendor_id\t: AuthenticAMD\nflags\t\t: svm lm hypervisor\n"), (path: "etc/libvirt/qemu/l2.xml", contents: "<domain type='kvm'><name>l2</name></domain>\n")], links: []), line: 51),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// `rules/NL707-sev-guest-on-host-without-sev.yml`, as `RuleLoader` reads it.
    private static func ruleNL707() throws(RuleFileError) -> Rule {
        let file = EmbeddedRuleFile(49)
        return try Rule(
            id: "NL707",
            name: "sev-guest-on-host-without-sev",
            severity: .error,
            scope: .domain,
            summary: "A domain uses AMD SEV (`<launchSecurity type='sev'>` or `'sev-snp'`), but the host's kvm_amd has SEV off.",
            rationale: "An SEV guest needs KVM's SEV support, which kvm_amd enables only when the CPU, the firmware (PSP) and the kernel allow it; /sys/module/kvm_amd/parameters/sev then reads 1 or Y (and `sev_snp` for SEV-SNP). When it reads 0 or N, libvirt refuses to start the guest (\"SEV is not supported\"), and an Intel host has no SEV at all. Such a guest cannot run, or be migrated or restored, on this host.",
            fix: "Enable SEV in the firmware and kernel (`mem_encrypt=on`, kvm_amd `sev=1`) and reload kvm_amd or reboot, or run the guest on a host whose kvm_amd reports SEV; otherwise remove `<launchSecurity>` from the definition.",
            references: ["https://libvirt.org/kbase/launch_security_sev.html", "https://docs.kernel.org/virt/kvm/x86/amd-memory-encryption.html"],
            blocks: [],
            reads: ["domain-xml", "sysfs-parameter", "cpuinfo"],
            tags: ["cross-artifact", "confidential-computing"],
            forEach: nil,
            select: file.query("launchSecurity[@type='sev' or @type='sev-snp']"),
            captures: [(name: "type", query: file.query("string(@type)"))],
            condition: .any([.compare(FactReference("host.sev-enabled"), .equals(.bool(false))), .all([.compare(FactReference("item.type"), .equals(.string("sev-snp"))), .compare(FactReference("host.sev-snp-enabled"), .equals(.bool(false)))])]),
            at: nil,
            related: ["host.sev-enabled"],
            message: file.template("This domain uses {item.type}, but this host cannot run it:"),
            notes: [(condition: .compare(FactReference("host.sev-enabled"), .equals(.bool(false))), text: file.template("SEV is off here ({host.sev-enabled}, {host.sev-enabled.location}), so libvirt refuses to start the guest.")), (condition: .all([.compare(FactReference("item.type"), .equals(.string("sev-snp"))), .not(.compare(FactReference("host.sev-enabled"), .equals(.bool(false)))), .compare(FactReference("host.sev-snp-enabled"), .equals(.bool(false)))]), text: file.template("SEV-SNP is off ({host.sev-snp-enabled}, {host.sev-snp-enabled.location})."))],
            severityOverrides: [],
            edit: nil,
            examples: [
                RuleExample(name: "sev reads 0", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm sev lm\n"), (path: "sys/module/kvm_amd/parameters/sev", contents: "0\n"), (path: "etc/libvirt/qemu/cvm.xml", contents: "<domain type='kvm'>\n  <name>cvm</name>\n\u{2193}  <launchSecurity type='sev'>\n    <cbitpos>47</cbitpos>\n    <reducedPhysBits>1</reducedPhysBits>\n    <policy>0x0003</policy>\n  </launchSecurity>\n</domain>\n")], links: []), line: 43),
                RuleExample(name: "an SEV guest on an Intel host", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/libvirt/qemu/cvm.xml", contents: "<domain type='kvm'>\n\u{2193}  <launchSecurity type='sev'><policy>0x0001</policy></launchSecurity>\n</domain>\n")], links: []), line: 56),
                RuleExample(name: "SEV-SNP with sev on but sev_snp N", mustFlag: true, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "sys/module/kvm_amd/parameters/sev", contents: "Y\n"), (path: "sys/module/kvm_amd/parameters/sev_snp", contents: "N\n"), (path: "etc/libvirt/qemu/cvm.xml", contents: "<domain type='kvm'>\n\u{2193}  <launchSecurity type='sev-snp'><policy>0x00030000</policy></launchSecurity>\n</domain>\n")], links: []), line: 63),
                RuleExample(name: "sev reads Y", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "sys/module/kvm_amd/parameters/sev", contents: "Y\n"), (path: "etc/libvirt/qemu/cvm.xml", contents: "<domain type='kvm'><launchSecurity type='sev'><policy>0x0003</policy></launchSecurity></domain>\n")], links: []), line: 73),
                RuleExample(name: "sev reads 1 (an int on older kernels)", mustFlag: false, input: .bundle(files: [(path: "sys/module/kvm_amd/parameters/sev", contents: "1\n"), (path: "etc/libvirt/qemu/cvm.xml", contents: "<domain type='kvm'><launchSecurity type='sev'><policy>0x0003</policy></launchSecurity></domain>\n")], links: []), line: 78),
                RuleExample(name: "an AMD host whose SEV state was not collected", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n"), (path: "etc/libvirt/qemu/cvm.xml", contents: "<domain type='kvm'><launchSecurity type='sev'><policy>0x0003</policy></launchSecurity></domain>\n")], links: []), line: 82),
                RuleExample(name: "a template without a host", mustFlag: false, input: .domain("<domain type='kvm'><launchSecurity type='sev'><policy>0x0003</policy></launchSecurity></domain>"), line: 86),
                RuleExample(name: "Intel TDX is not SEV", mustFlag: false, input: .bundle(files: [(path: "proc/cpuinfo", contents: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n"), (path: "etc/libvirt/qemu/td.xml", contents: "<domain type='kvm'><launchSecurity type='tdx'/></domain>\n")], links: []), line: 88),
            ],
            sourcePath: file.path,
            sourceText: file.text)
    }

    /// The rules of `files`, sorted by path as the rule loader reads a directory.
    static func rules() throws(RuleFileError) -> [Rule] {
        [
            try ruleNL001(),
            try ruleNL002(),
            try ruleNL003(),
            try ruleNL101(),
            try ruleNL102(),
            try ruleNL103(),
            try ruleNL104(),
            try ruleNL105(),
            try ruleNL106(),
            try ruleNL107(),
            try ruleNL108(),
            try ruleNL109(),
            try ruleNL111(),
            try ruleNL201(),
            try ruleNL202(),
            try ruleNL203(),
            try ruleNL204(),
            try ruleNL205(),
            try ruleNL208(),
            try ruleNL301(),
            try ruleNL302(),
            try ruleNL303(),
            try ruleNL401(),
            try ruleNL402(),
            try ruleNL403(),
            try ruleNL404(),
            try ruleNL405(),
            try ruleNL406(),
            try ruleNL407(),
            try ruleNL408(),
            try ruleNL501(),
            try ruleNL502(),
            try ruleNL503(),
            try ruleNL504(),
            try ruleNL505(),
            try ruleNL506(),
            try ruleNL507(),
            try ruleNL508(),
            try ruleNL509(),
            try ruleNL510(),
            try ruleNL511(),
            try ruleNL512(),
            try ruleNL513(),
            try ruleNL514(),
            try ruleNL518(),
            try ruleNL701(),
            try ruleNL702(),
            try ruleNL703(),
            try ruleNL704(),
            try ruleNL707(),
        ]
    }

    /// `rules/data/module-parameters.yml`, as `ModuleParameterTable` reads it.
    static func parameterTable() -> ModuleParameterTable {
        var modules: [String: ModuleParameterTable.Module] = [:]
        modules["kvm"] = ModuleParameterTable.Module(
            architectures: nil,
            parameters: [
                "allow_unsafe_assigned_interrupts": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["x86"], note: "removed with device assignment (Linux 4.x)"),
                "async_destroy": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: ["s390x"], note: nil),
                "eager_page_split": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["x86"], note: nil),
                "enable_device_posted_irqs": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["x86"], note: nil),
                "enable_pmu": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["x86"], note: nil),
                "enable_virt_at_load": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "enable_vmware_backdoor": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["x86"], note: nil),
                "flush_on_reuse": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["x86"], note: nil),
                "force_emulation_prefix": ModuleParameterTable.Entry(type: .int, earlierTypes: [.bool], architectures: ["x86"], note: nil),
                "halt_poll_max_steal": ModuleParameterTable.Entry(type: .byte, earlierTypes: [], architectures: ["s390x"], note: nil),
                "halt_poll_ns": ModuleParameterTable.Entry(type: .uint, earlierTypes: [], architectures: nil, note: nil),
                "halt_poll_ns_grow": ModuleParameterTable.Entry(type: .uint, earlierTypes: [], architectures: nil, note: nil),
                "halt_poll_ns_grow_start": ModuleParameterTable.Entry(type: .uint, earlierTypes: [], architectures: nil, note: nil),
                "halt_poll_ns_shrink": ModuleParameterTable.Entry(type: .uint, earlierTypes: [], architectures: nil, note: nil),
                "hpage": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: ["s390x"], note: nil),
                "hpage_2g": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: ["s390x"], note: nil),
                "ignore_msrs": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["x86"], note: nil),
                "kvmclock_periodic_sync": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["x86"], note: nil),
                "lapic_timer_advance_ns": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: ["x86"], note: nil),
                "min_timer_period_us": ModuleParameterTable.Entry(type: .uint, earlierTypes: [], architectures: ["x86"], note: nil),
                "mitigate_smt_rsb": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["x86"], note: nil),
                "mmio_caching": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["x86"], note: nil),
                "mmu_audit": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["x86"], note: "removed in Linux 5.x"),
                "nested": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: ["s390x"], note: nil),
                "nx_huge_pages": ModuleParameterTable.Entry(type: .other, earlierTypes: [], architectures: ["x86"], note: "off, force, auto or a bool"),
                "nx_huge_pages_recovery_period_ms": ModuleParameterTable.Entry(type: .uint, earlierTypes: [], architectures: ["x86"], note: nil),
                "nx_huge_pages_recovery_ratio": ModuleParameterTable.Entry(type: .uint, earlierTypes: [], architectures: ["x86"], note: nil),
                "oos_shadow": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["x86"], note: "removed in Linux 2.6"),
                "pi_inject_timer": ModuleParameterTable.Entry(type: .bint, earlierTypes: [], architectures: ["x86"], note: nil),
                "report_ignored_msrs": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["x86"], note: nil),
                "tdp_mmu": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["x86"], note: nil),
                "tsc_tolerance_ppm": ModuleParameterTable.Entry(type: .uint, earlierTypes: [], architectures: ["x86"], note: nil),
                "use_gisa": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["s390x"], note: nil),
                "vector_hashing": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: ["x86"], note: nil),
            ])
        modules["kvm_amd"] = ModuleParameterTable.Module(
            architectures: ["x86"],
            parameters: [
                "avic": ModuleParameterTable.Entry(type: .bool, earlierTypes: [.int], architectures: nil, note: nil),
                "ciphertext_hiding_asids": ModuleParameterTable.Entry(type: .uint, earlierTypes: [], architectures: nil, note: nil),
                "debug_swap": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "dump_invalid_vmcb": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "enable_device_posted_irqs": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "enable_ipiv": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "force_avic": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "intercept_smi": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "lbrv": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: nil, note: nil),
                "nested": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: nil, note: nil),
                "npt": ModuleParameterTable.Entry(type: .bool, earlierTypes: [.int], architectures: nil, note: "int in Linux 5.10, bool later"),
                "nrips": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: nil, note: nil),
                "pause_filter_count": ModuleParameterTable.Entry(type: .ushort, earlierTypes: [], architectures: nil, note: nil),
                "pause_filter_count_grow": ModuleParameterTable.Entry(type: .ushort, earlierTypes: [], architectures: nil, note: nil),
                "pause_filter_count_max": ModuleParameterTable.Entry(type: .ushort, earlierTypes: [], architectures: nil, note: nil),
                "pause_filter_count_shrink": ModuleParameterTable.Entry(type: .ushort, earlierTypes: [], architectures: nil, note: nil),
                "pause_filter_thresh": ModuleParameterTable.Entry(type: .ushort, earlierTypes: [], architectures: nil, note: nil),
                "sev": ModuleParameterTable.Entry(type: .bool, earlierTypes: [.int], architectures: nil, note: "int in Linux 5.10, bool later"),
                "sev_es": ModuleParameterTable.Entry(type: .bool, earlierTypes: [.int], architectures: nil, note: nil),
                "sev_snp": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "tsc_scaling": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: nil, note: nil),
                "vgif": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: nil, note: nil),
                "vls": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: nil, note: nil),
                "vnmi": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
            ])
        modules["kvm_hv"] = ModuleParameterTable.Module(
            architectures: ["ppc64"],
            parameters: [
                "dynamic_mt_modes": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: nil, note: nil),
                "h_ipi_redirect": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: nil, note: nil),
                "indep_threads_mode": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "kvm_irq_bypass": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: nil, note: nil),
                "nested": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "one_vm_per_core": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "target_smt_mode": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: nil, note: nil),
            ])
        modules["kvm_intel"] = ModuleParameterTable.Module(
            architectures: ["x86"],
            parameters: [
                "allow_smaller_maxphyaddr": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: "a module parameter in Linux 5.9 to 5.x only"),
                "dump_invalid_vmcs": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "emulate_invalid_guest_state": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "enable_apicv": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "enable_ipiv": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "enable_shadow_vmcs": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "enlightened_vmcs": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "ept": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "eptad": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "error_on_inconsistent_vmcs_config": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "fasteoi": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "flexpriority": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "nested": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "nested_early_check": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "ple_gap": ModuleParameterTable.Entry(type: .uint, earlierTypes: [.int], architectures: nil, note: nil),
                "ple_window": ModuleParameterTable.Entry(type: .uint, earlierTypes: [.int], architectures: nil, note: nil),
                "ple_window_grow": ModuleParameterTable.Entry(type: .uint, earlierTypes: [.int], architectures: nil, note: nil),
                "ple_window_max": ModuleParameterTable.Entry(type: .uint, earlierTypes: [.int], architectures: nil, note: nil),
                "ple_window_shrink": ModuleParameterTable.Entry(type: .uint, earlierTypes: [.int], architectures: nil, note: nil),
                "pml": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "preemption_timer": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "pt_mode": ModuleParameterTable.Entry(type: .int, earlierTypes: [], architectures: nil, note: nil),
                "sgx": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "unrestricted_guest": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "vmentry_l1d_flush": ModuleParameterTable.Entry(type: .other, earlierTypes: [], architectures: nil, note: "auto, never, cond or always"),
                "vmm_exclusive": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: "removed in Linux 4.x"),
                "vnmi": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "vpid": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "yield_on_hlt": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: "removed in Linux 3.x"),
            ])
        modules["vfio_pci"] = ModuleParameterTable.Module(
            architectures: nil,
            parameters: [
                "disable_denylist": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "disable_idle_d3": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "disable_vga": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "enable_sriov": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "ids": ModuleParameterTable.Entry(type: .string, earlierTypes: [], architectures: nil, note: nil),
                "nointxmask": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
            ])
        modules["vfio_pci_core"] = ModuleParameterTable.Module(
            architectures: nil,
            parameters: [
                "disable_idle_d3": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "disable_vga": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
                "nointxmask": ModuleParameterTable.Entry(type: .bool, earlierTypes: [], architectures: nil, note: nil),
            ])
        return ModuleParameterTable(source: "Linux 5.10 and 6.x sources (arch/x86/kvm/vmx/vmx.c, vmx/nested.c, svm/svm.c, svm/sev.c, svm/avic.c, x86.c, mmu/mmu.c, mmu/spte.c, virt/kvm/kvm_main.c, arch/s390/kvm/kvm-s390.c, arch/powerpc/kvm/book3s_hv.c, drivers/vfio/pci/vfio_pci.c and vfio_pci_core.c), read from the module_param declarations; older removed names added from release history.", modules: modules)
    }
}
