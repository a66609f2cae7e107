import Foundation
import Testing

@testable import RoleFitCore

@Suite("The shipped question banks")
struct ShippedBankTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("QuestionBanks").path

    private func load() throws -> BankSet {
        let result = BankLoader.load(paths: [Self.folder])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(5).map(\.description))")
        return try #require(result.bankSet)
    }

    @Test("load with no errors and no warnings")
    func clean() throws {
        _ = try load()
    }

    @Test("cover every skill area with at least 12 items of at least 2 kinds")
    func coverage() throws {
        let set = try load()
        #expect(set.catalogue.roles.map(\.id) == ["project", "product", "program", "tpm"])
        #expect(set.catalogue.areas.count >= 16)
        #expect(set.items.count >= 320)
        for area in set.catalogue.areas {
            let items = set.items.filter { $0.area == area.id }
            #expect(items.count >= 12, "area \(area.id) has \(items.count) items")
            #expect(Set(items.map(\.kind)).count >= 2, "area \(area.id) uses one kind only")
            let selfRatings = items.filter { $0.kind == .selfRating }
            #expect(selfRatings.count >= 6, "area \(area.id) has \(selfRatings.count) self-ratings")
        }
    }

    @Test("hold enough items of each kind")
    func kinds() throws {
        let items = try load().items
        let knowledge = items.count { [.singleChoice, .multipleResponse, .trueFalse].contains($0.kind) }
        #expect(knowledge >= 80)
        #expect(items.count { $0.kind == .gradedScenario } >= 60)
        #expect(items.count { $0.kind == .roleKeyed } >= 60)
        let selfRatings = items.filter { $0.kind == .selfRating }
        #expect(selfRatings.count >= 120)
        #expect(Double(selfRatings.count { $0.isReverseKeyed }) >= Double(selfRatings.count) / 4)
    }

    @Test("every item explains itself and has parameters or a difficulty")
    func explanations() throws {
        for item in try load().items {
            #expect(!(item.explanation ?? "").trimmingCharacters(in: .whitespaces).isEmpty, "\(item.id) has no explanation")
            if item.kind != .roleKeyed {
                #expect(item.parameterSource != .roleKey, "\(item.id)")
            }
        }
    }

    @Test("no two items share a prompt and no option repeats within an item")
    func uniqueness() throws {
        let items = try load().items
        var prompts: [String: String] = [:]
        for item in items {
            let key = item.prompt.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(prompts[key] == nil, "\(item.id) repeats the prompt of \(prompts[key] ?? "")")
            prompts[key] = item.id
            let texts = item.options.map { $0.text.lowercased() }
            #expect(Set(texts).count == texts.count, "\(item.id) repeats an option")
        }
    }

    @Test("role-keyed items key each role once and never name a role")
    func roleKeyedItems() throws {
        let set = try load()
        let roleNames = ["project manager", "product manager", "program manager", "programme manager", "tpm"]
        for item in set.items where item.kind == .roleKeyed {
            let keyed = item.options.flatMap(\.roles).sorted()
            #expect(keyed == set.catalogue.roles.map(\.id).sorted(), "\(item.id) keys \(keyed)")
            let text = ([item.prompt] + item.options.map(\.text)).joined(separator: " ").lowercased()
            for name in roleNames {
                #expect(!text.contains(name), "\(item.id) names '\(name)'")
            }
        }
    }

    @Test("role profiles are distinctive: each role's top areas carry little weight in the others")
    func distinctiveProfiles() throws {
        let roles = try load().catalogue.roles
        for role in roles {
            for other in roles where other.id != role.id {
                let shared = role.weights.keys.reduce(0.0) { $0 + min(role.weight(of: $1), other.weight(of: $1)) }
                #expect(shared < 0.5, "\(role.id) and \(other.id) share \(shared) of their weight")
            }
        }
    }

    @Test("every shipped file validates against its JSON Schema, and the schema rejects a broken bank")
    func jsonSchemas() throws {
        let script = """
            import glob, json, sys, yaml, jsonschema
            folder = sys.argv[1]
            failures = 0
            for path in sorted(glob.glob(folder + '/*.yaml')):
                doc = yaml.safe_load(open(path, encoding='utf-8'))
                kind = 'catalogue' if doc.get('format') == 'rolefit-catalogue/1' else 'bank'
                schema = json.load(open(f'{folder}/schema/{kind}.schema.json'))
                errors = list(jsonschema.Draft202012Validator(schema).iter_errors(doc))
                for error in errors[:3]:
                    print(path, error.message[:200])
                failures += len(errors)
            broken = {'format': 'rolefit-bank/1', 'id': 'b', 'title': 'B', 'items': [
                {'id': 'x', 'kind': 'self-rating', 'area': 'a', 'prompt': 'P', 'difficulty': 'easy', 'scale': {'min': 1, 'max': 7}}]}
            schema = json.load(open(f'{folder}/schema/bank.schema.json'))
            rejected = not jsonschema.Draft202012Validator(schema).is_valid(broken)
            print(f'failures={failures} rejected_broken={rejected}')
            """
        let result = try ProcessRunner.run("python3", ["-c", script, Self.folder])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("failures=0 rejected_broken=True"), "\(result.stdout)\(result.stderr)")
    }
}
