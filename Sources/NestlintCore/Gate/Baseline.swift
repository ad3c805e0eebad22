import Foundation

/// A previous SARIF report used as a baseline (`--baseline FILE.sarif`).
///
/// Findings are matched by rule id and fingerprint (`partialFingerprints["nestlint/v1"]`), which
/// survive unrelated edits and moved lines; each finding becomes `new` or `unchanged`, and the
/// baseline's findings that are gone are listed as `absent`. Only new findings fail the run.
public struct Baseline: Sendable {
    public static let fingerprintKey = "nestlint/v1"

    /// A result of the baseline report, as far as nestlint needs it.
    public struct Entry: Sendable, Hashable {
        public let ruleID: String
        public let fingerprint: String
        public let level: Severity
        public let message: String
        public let path: String
        public let baseID: String?
        public let line: Int
    }

    public let entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Reads a SARIF file written by nestlint (any SARIF with the nestlint fingerprints works).
    public init(path: String) throws(BaselineError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw BaselineError(path: path, message: "cannot read the baseline: \(error.localizedDescription)")
        }
        let log: SARIFBaselineLog
        do {
            log = try JSONDecoder().decode(SARIFBaselineLog.self, from: data)
        } catch {
            throw BaselineError(path: path, message: "not a SARIF report nestlint can use as a baseline: \(error)")
        }
        var entries: [Entry] = []
        for run in log.runs {
            for result in run.results ?? [] where result.baselineState != BaselineState.absent.rawValue {
                guard let fingerprint = result.partialFingerprints?[Self.fingerprintKey] else {
                    throw BaselineError(
                        path: path,
                        message:
                            "a result of rule \(result.ruleId) has no \(Self.fingerprintKey) fingerprint: was this report written by nestlint?"
                    )
                }
                let physical = result.locations?.first?.physicalLocation
                entries.append(
                    Entry(
                        ruleID: result.ruleId, fingerprint: fingerprint, level: Severity(rawValue: result.level ?? "warning") ?? .warning,
                        message: result.message?.text ?? "", path: (physical?.artifactLocation?.uri ?? "").removingPercentEncoding ?? "",
                        baseID: physical?.artifactLocation?.uriBaseId, line: physical?.region?.startLine ?? 1))
            }
        }
        self.entries = entries
    }

    /// Marks every finding `new` or `unchanged` and returns the baseline entries that are gone,
    /// as `absent` findings.
    public func compare(_ result: inout LintResult) {
        var remaining: [String: Int] = [:]
        for entry in entries { remaining[entry.ruleID + "|" + entry.fingerprint, default: 0] += 1 }
        for index in result.findings.indices {
            let key = result.findings[index].ruleID + "|" + result.findings[index].fingerprint
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                result.findings[index].baselineState = .unchanged
            } else {
                result.findings[index].baselineState = .new
            }
        }
        var absent: [Finding] = []
        for entry in entries {
            let key = entry.ruleID + "|" + entry.fingerprint
            guard let count = remaining[key], count > 0 else { continue }
            remaining[key] = count - 1
            var finding = Finding(
                ruleID: entry.ruleID, severity: entry.level, message: entry.message,
                location: SourceLocation(file: SourceFile(path: entry.path, baseID: entry.baseID), line: entry.line), related: [],
                suite: entry.path, fingerprint: entry.fingerprint)
            finding.baselineState = .absent
            absent.append(finding)
        }
        result.absentFindings = absent.sorted(by: Finding.reportOrder)
    }
}

/// A baseline that cannot be used: exit 2, naming the file.
public struct BaselineError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String

    public var description: String { "\(path): error: \(message)" }
}

/// The parts of a SARIF log a baseline needs.
private struct SARIFBaselineLog: Decodable {
    struct Run: Decodable {
        let results: [Result]?
    }

    struct Result: Decodable {
        let ruleId: String
        let level: String?
        let message: Message?
        let locations: [Location]?
        let partialFingerprints: [String: String]?
        let baselineState: String?
    }

    struct Message: Decodable {
        let text: String?
    }

    struct Location: Decodable {
        let physicalLocation: PhysicalLocation?
    }

    struct PhysicalLocation: Decodable {
        let artifactLocation: ArtifactLocation?
        let region: Region?
    }

    struct ArtifactLocation: Decodable {
        let uri: String?
        let uriBaseId: String?
    }

    struct Region: Decodable {
        let startLine: Int?
    }

    let runs: [Run]
}
