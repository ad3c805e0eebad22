/// One rule file of the built-in pack, as the pre-read rules of `BuiltinRulePack` use it: its
/// path and text (for errors and `rules explain`), and the parts of a rule that are compiled
/// when it is built.
///
/// The generator checked every part by loading the file with `RuleLoader`, so these do not
/// fail with the libxml2 and ICU the tests ran with; should another library refuse one, the
/// run still stops with the file's name (exit 2) rather than checking less.
struct EmbeddedRuleFile {
    let path: String
    let text: String

    /// The file at `index` of `BuiltinRulePack.files`.
    init(_ index: Int) {
        path = "rules/" + BuiltinRulePack.files[index].path
        text = BuiltinRulePack.files[index].text
    }

    func query(_ expression: String) throws(RuleFileError) -> XPathQuery {
        do {
            return try XPathQuery(expression)
        } catch {
            throw RuleFileError(path: path, line: 1, message: "invalid XPath expression '\(expression)'")
        }
    }

    func template(_ source: String) throws(RuleFileError) -> MessageTemplate {
        do {
            return try MessageTemplate(source)
        } catch {
            throw RuleFileError(path: path, line: 1, message: error.message)
        }
    }

    func regularExpression(_ pattern: String) throws(RuleFileError) -> RegularExpression {
        do {
            return try RegularExpression(pattern)
        } catch {
            throw RuleFileError(path: path, line: 1, message: "invalid regular expression '\(pattern)'")
        }
    }
}
