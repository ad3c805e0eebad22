/// A rule's exact fix, declared in its file:
///
/// ```yaml
/// edit:
///   description: Use the integer form kvm_amd accepts
///   find: "{item.token}"              # text on the flagged line (a template)
///   replace: "{item.parameter}=1"     # its replacement (a template)
/// ```
///
/// or `insert-after: TEMPLATE` to add a whole line after the flagged one. Only rules that know
/// the exact edit declare one; `nestlint fix` applies them to templates and configuration files.
public struct RuleEdit: Sendable {
    public let description: MessageTemplate
    public let find: MessageTemplate?
    public let replacement: MessageTemplate

    func render(facts: FactSet, item: FactItem?) -> PendingEdit {
        PendingEdit(
            description: description.render(facts: facts, item: item), find: find?.render(facts: facts, item: item),
            replacement: replacement.render(facts: facts, item: item))
    }
}
