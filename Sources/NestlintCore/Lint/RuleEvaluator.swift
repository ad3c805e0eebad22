/// Applies one rule to one unit (an artifact, a host or a domain) and builds its findings.
struct RuleEvaluator {
    let facts: FactSet
    let document: DomainDocument?
    /// `document`'s tree, held apart: binding the whole `DomainDocument` for each rule's first
    /// check copied its dozen fields.
    private let parsed: XMLDocument?
    /// Where a finding points when neither an item nor an `at` fact gives a place.
    let fallbackLocation: SourceLocation
    let suite: String
    let intent: Intent?
    /// Whether a domain rule's condition is asked before its XPath runs (below); off only in
    /// the test that shows the shortcut never changes a finding.
    var checksConditionFirst = true

    init(facts: FactSet, document: DomainDocument?, fallbackLocation: SourceLocation, suite: String, intent: Intent?) {
        self.facts = facts
        self.document = document
        self.parsed = document?.document
        self.fallbackLocation = fallbackLocation
        self.suite = suite
        self.intent = intent
    }

    func findings(of rule: Rule) -> [Finding] {
        if let select = rule.select, let parsed, !parsed.mayMatch(select) {
            // The query cannot select anything in this document (most rules look for rare
            // elements): no items, so no findings, and the condition need not be asked.
            return []
        }
        if rule.scope == .domain, !rule.blocks.isEmpty, let intent, intent.operations.isDisjoint(with: rule.blocks) {
            return []  // The intent requires none of the operations this blocker blocks.
        }
        if checksConditionFirst, rule.select != nil, let condition = rule.condition {
            // Most domain rules also depend on the host or the intent (`intent.role` is
            // hypervisor, the host has nesting off): when those already rule every element out,
            // the rule's XPath is not evaluated at all.
            let anyItem = ConditionContext(facts: facts, item: nil, document: document, itemIsUnknown: true)
            if condition.evaluate(anyItem) == .no { return [] }
        }
        var results: [Finding] = []
        for item in items(of: rule) {
            let context = ConditionContext(facts: facts, item: item, document: document)
            if let condition = rule.condition, condition.evaluate(context) != .yes { continue }
            results.append(finding(of: rule, item: item, context: context))
        }
        return results
    }

    /// The items a rule reports on: collection members, selected elements, or the unit itself.
    private func items(of rule: Rule) -> [FactItem?] {
        if let collection = rule.forEach {
            return (facts.collection(named: collection) ?? []).map { $0 }
        }
        if let select = rule.select {
            guard let document else { return [] }
            return document.document.select(select, captures: rule.captures, contextPath: document.domainPath).map { match in
                var fields: [String: Fact] = ["element": Fact(.string(match.element.name))]
                for (name, value) in match.captures {
                    switch value {
                    case .node(let element): fields[name] = Fact(.string(element.text), raw: element.text)
                    case .boolean(let flag): fields[name] = Fact(.bool(flag))
                    case .number(let number):
                        fields[name] = Fact(number.rounded() == number && abs(number) < 1e15 ? .int(Int(number)) : .string(String(number)))
                    case .string(let text): fields[name] = Fact(.string(text))
                    }
                }
                let location = SourceLocation(file: document.artifact.file, line: match.element.line, excerpt: match.element.excerpt)
                return FactItem(location: location, fields: fields)
            }
        }
        return [nil]
    }

    private func finding(of rule: Rule, item: FactItem?, context: ConditionContext) -> Finding {
        var location = item?.location ?? fallbackLocation
        var related = item?.related ?? []
        if item == nil, let at = rule.at, let fact = facts[at], let place = fact.location {
            location = place
            related += fact.related
        } else if item == nil, rule.scope == .domain, let document {
            location = document.location
        }
        for name in rule.related {
            guard let fact = FactReference(name).resolve(in: facts, item: item), let place = fact.location else { continue }
            related.append(RelatedLocation(location: place, message: "\(name): \(fact.raw ?? fact.value.description)"))
            related += fact.related
        }
        var seen: Set<RelatedLocation> = []
        related = related.filter { $0.location != location && seen.insert($0).inserted }
        let severity = rule.severityOverrides.first { $0.condition.evaluate(context) == .yes }?.severity ?? rule.severity
        var message = rule.message.render(facts: facts, item: item)
        for note in rule.notes where note.condition.evaluate(context) == .yes {
            message += " " + note.text.render(facts: facts, item: item)
        }
        var finding = Finding(ruleID: rule.id, severity: severity, message: message, location: location, related: related, suite: suite)
        finding.pendingEdit = rule.edit?.render(facts: facts, item: item)
        return finding
    }
}
