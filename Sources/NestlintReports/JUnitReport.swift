import NestlintCore

/// JUnit XML in the Jenkins junit-10 dialect that CI dashboards read.
///
/// A test suite per artifact or host, a test case per rule evaluated on it (passing cases
/// included, so a clean run still shows what was checked); a failing case carries every finding
/// with file:line. Tool problems are errors in their own suite.
public struct JUnitReport: ReportWriter {
    public init() {}

    public func render(_ context: ReportContext) -> String {
        let result = context.result
        let names = Dictionary(uniqueKeysWithValues: context.catalog.rules.map { ($0.id, $0.name) })
        let bySuite = Dictionary(grouping: result.findings) { "\($0.suite)\u{0}\($0.ruleID)" }
        var suites: [String] = []
        var totalTests = 0
        var totalFailures = 0
        var totalErrors = 0
        for evaluation in result.evaluations {
            var cases: [String] = []
            var failures = 0
            for ruleID in evaluation.ruleIDs {
                let name = "\(ruleID) \(names[ruleID] ?? "")"
                let classname = "nestlint.\(evaluation.kind.rawValue)"
                let all = bySuite["\(evaluation.suite)\u{0}\(ruleID)"] ?? []
                // Suppressed findings and findings already in the baseline do not fail the case;
                // they are listed in its output so they stay visible.
                let findings = all.filter(\.counts)
                let quiet = all.filter { !$0.counts }.map { finding in
                    let why = finding.suppression.map { "suppressed: \($0.justification)" } ?? "in baseline"
                    return
                        "\(finding.location.file.path):\(finding.location.line): \(finding.severity.rawValue): [\(finding.ruleID)] \(finding.message) (\(why))"
                }
                let output =
                    quiet.isEmpty ? "" : "      <system-out>\(escape(quiet.joined(separator: "\n"), inAttribute: false))</system-out>\n"
                if findings.isEmpty {
                    cases.append(
                        output.isEmpty
                            ? "    <testcase name=\"\(escape(name))\" classname=\"\(classname)\" time=\"0\"/>\n"
                            : "    <testcase name=\"\(escape(name))\" classname=\"\(classname)\" time=\"0\">\n" + output
                                + "    </testcase>\n")
                    continue
                }
                failures += 1
                let worst = findings.map(\.severity).max()!
                let body = findings.map { finding in
                    var line =
                        "\(finding.location.file.path):\(finding.location.line): \(finding.severity.rawValue): [\(finding.ruleID)] \(finding.message)"
                    for related in finding.related {
                        line += "\n    \(related.location.file.path):\(related.location.line): \(related.message)"
                    }
                    return line
                }.joined(separator: "\n")
                let message = findings.count == 1 ? findings[0].message : "\(findings.count) findings; first: \(findings[0].message)"
                cases.append(
                    "    <testcase name=\"\(escape(name))\" classname=\"\(classname)\" time=\"0\">\n"
                        + "      <failure type=\"\(worst.rawValue)\" message=\"\(escape(message))\">\(escape(body, inAttribute: false))</failure>\n"
                        + output + "    </testcase>\n")
            }
            totalTests += evaluation.ruleIDs.count
            totalFailures += failures
            suites.append(
                "  <testsuite name=\"\(escape(evaluation.suite))\" tests=\"\(evaluation.ruleIDs.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
                    + cases.joined() + "  </testsuite>\n")
        }
        if !result.notifications.isEmpty {
            var cases = ""
            for (index, notification) in result.notifications.enumerated() {
                let subject = notification.file?.path ?? "run"
                cases +=
                    "    <testcase name=\"\(escape("tool problem \(index + 1): \(subject)"))\" classname=\"nestlint.tool\" time=\"0\">\n"
                cases +=
                    "      <error type=\"\(notification.level.rawValue)\" message=\"\(escape(notification.message))\">\(escape(notification.message, inAttribute: false))</error>\n"
                cases += "    </testcase>\n"
            }
            totalTests += result.notifications.count
            totalErrors += result.notifications.count
            suites.append(
                "  <testsuite name=\"nestlint\" tests=\"\(result.notifications.count)\" failures=\"0\" errors=\"\(result.notifications.count)\" skipped=\"0\" time=\"0\">\n"
                    + cases + "  </testsuite>\n")
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"nestlint\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(totalErrors)\" time=\"0\">\n"
            + suites.joined() + "</testsuites>\n"
    }

    /// XML attribute and text escaping; characters XML 1.0 forbids become U+FFFD. Line ends
    /// stay literal in element text and become character references in attributes.
    func escape(_ text: String, inAttribute: Bool = true) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\n": output += inAttribute ? "&#10;" : "\n"
            case "\t": output += "&#9;"
            case "\r": output += "&#13;"
            default:
                let value = scalar.value
                if value < 0x20 || (0xD800...0xDFFF).contains(value) || value == 0xFFFE || value == 0xFFFF {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}
