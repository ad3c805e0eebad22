import Testing

@testable import NestlintCore

/// Findings point where an element starts, even when its start tag spans several lines
/// (libxml2 itself numbers an element by the line its start tag ends on).
@Suite struct XMLStartLineTests {
    static let text = """
        <domain type='kvm'
                xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
          <cpu mode='custom'
               match='exact'
               check='none'>
            <model>Skylake</model>
            <feature policy='force'
                     name='vmx'/>
            <feature name='svm'/>
          </cpu>
          <qemu:commandline>
            <qemu:arg
              value='-cpu'/>
          </qemu:commandline>
        </domain>

        """

    func line(of path: String) throws -> Int {
        let document = try XMLDocument.parse(bytes: Array(Self.text.utf8), name: "t.xml").get()
        guard case .node(let element)? = document.evaluate(try XPathQuery(path)).first else {
            Issue.record("\(path) selects nothing")
            return 0
        }
        return element.line
    }

    @Test func multiLineStartTags() throws {
        #expect(try line(of: "/domain") == 1)
        #expect(try line(of: "/domain/cpu") == 3)
        #expect(try line(of: "/domain/cpu/model") == 6)
        #expect(try line(of: "/domain/cpu/feature[@name='vmx']") == 7)
        #expect(try line(of: "/domain/cpu/feature[@name='svm']") == 9)
        #expect(try line(of: "//*[local-name()='arg']") == 12)
    }
}
