import PlanetCore

/// Groups the tags written on posts, or the hashtags found in them, into the site's tags or hashtags: spellings that share a grouping key are one tag,
/// named by its most used spelling and given a unique, stable ASCII slug.
public enum TagGrouping {
    /// The tags of posts: `namesByPost[i]` are the names written on the i-th published post (newest first).
    /// `otherNames` are spellings used elsewhere (in comments): they count for the shown spelling, and a name
    /// used only there still makes a tag, with no posts. Sorted by slug.
    public static func group(_ namesByPost: [[String]], otherNames: [String] = [], section: String) -> [Tag] {
        var spellings: [String: [String: Int]] = [:]
        var postsByKey: [String: [Int]] = [:]
        var composed: [String: (key: String, spelling: String)] = [:]
        func count(_ name: String) -> String {
            let (key, spelling) = composed[name] ?? (Slug.groupingKey(name), name.precomposedStringWithCanonicalMapping)
            composed[name] = (key, spelling)
            spellings[key, default: [:]][spelling, default: 0] += 1
            return key
        }
        for (index, names) in namesByPost.enumerated() {
            for name in names {
                let key = count(name)
                if postsByKey[key]?.last != index { postsByKey[key, default: []].append(index) }
            }
        }
        for name in otherNames {
            let key = count(name)
            if postsByKey[key] == nil { postsByKey[key] = [] }
        }
        let keys = postsByKey.keys.sorted(by: codePointOrder)
        let slugs = uniqueSlugs(for: keys)
        return keys.map { key in
            Tag(section: section, key: key, name: mostUsedSpelling(spellings[key]!), slug: slugs[key]!, postIndices: postsByKey[key]!)
        }
        .sorted { codePointOrder($0.slug, $1.slug) }
    }

    /// The spelling used most; ties go to the first in code-point order.
    static func mostUsedSpelling(_ counts: [String: Int]) -> String {
        counts.max { lhs, rhs in
            lhs.value != rhs.value ? lhs.value < rhs.value : codePointOrder(rhs.key, lhs.key)
        }!.key
    }

    /// The slug of each key. `+` reads as `plus` and `#` as `sharp` (`C++` → `c-plus-plus`, `C#` → `c-sharp`).
    /// A key with no ASCII letter or digit gets `tag-<hash>`. When several keys still share a slug, the first
    /// in code-point order keeps it and each other one gets `-<hash>` appended, where `<hash>` is a hash of
    /// the key itself, so a slug never depends on the order of files or posts.
    static func uniqueSlugs(for keys: [String]) -> [String: String] {
        var byBase: [String: [String]] = [:]
        for key in keys {
            let spelled = key.replacingOccurrences(of: "+", with: " plus ").replacingOccurrences(of: "#", with: " sharp ")
            let base = Slug.make(spelled)
            byBase[base.isEmpty ? "tag-\(StableHash.hex(key))" : base, default: []].append(key)
        }
        var result: [String: String] = [:]
        for (base, group) in byBase {
            for (position, key) in group.sorted(by: codePointOrder).enumerated() {
                result[key] = position == 0 ? base : "\(base)-\(StableHash.hex(key))"
            }
        }
        return result
    }
}
