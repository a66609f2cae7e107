/// Gives every imported question a unique item id: its `[id:…]`, else a slug of its title, else a number.
struct ItemIDAllocator {
    /// The prefix of numbered ids (`<prefix>-001`).
    var prefix: String
    private var used: [String: Int] = [:]
    private var counter = 0

    /// Creates an allocator for ids numbered after `prefix`.
    init(prefix: String) { self.prefix = prefix }

    /// Claims an explicit `[id:…]`; returns the line of an earlier claim when it is taken.
    mutating func claim(_ id: String, line: Int) -> Int? {
        if let earlier = used[id] { return earlier }
        used[id] = line
        return nil
    }

    /// A fresh id from a title slug (with -2, -3, … when taken) or, without a usable title, the next number.
    mutating func allocate(title: String?, line: Int) -> String {
        if let title {
            let base = Slug.make(title)
            if !base.isEmpty {
                var candidate = base
                var suffix = 2
                while used[candidate] != nil {
                    candidate = "\(base)-\(suffix)"
                    suffix += 1
                }
                used[candidate] = line
                return candidate
            }
        }
        while true {
            counter += 1
            let number = String(counter)
            let candidate = "\(prefix)-" + String(repeating: "0", count: max(0, 3 - number.count)) + number
            if used[candidate] == nil {
                used[candidate] = line
                return candidate
            }
        }
    }
}
