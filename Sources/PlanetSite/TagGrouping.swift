import PlanetCore

/// Groups the tags written on posts into the site's tags: spellings that share a grouping key are one tag,
/// named by its most used spelling and given a unique, stable ASCII slug.
public enum TagGrouping {
    /// `posts` are the published posts, newest first.
    public static func tags(of posts: [Post]) -> [Tag] {
        var spellings: [String: [String: Int]] = [:]
        var postsByKey: [String: [Int]] = [:]
        for (index, post) in posts.enumerated() {
            for name in post.tags {
                let key = Slug.groupingKey(name)
                spellings[key, default: [:]][name.precomposedStringWithCanonicalMapping, default: 0] += 1
                if postsByKey[key]?.last != index { postsByKey[key, default: []].append(index) }
            }
        }
        let keys = postsByKey.keys.sorted(by: codePointOrder)
        let slugs = uniqueSlugs(for: keys)
        return keys.map { key in
            Tag(key: key, name: mostUsedSpelling(spellings[key]!), slug: slugs[key]!, postIndices: postsByKey[key]!)
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
