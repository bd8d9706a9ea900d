/// The languages a connection's tokenizers stem in, shared by its FTS5 tables: `document`, the language of the
/// document being indexed (or removed), set by `SearchIndex` before each; `query`, the languages of the documents
/// indexed, in which a query's words are all stemmed (each stem a synonym of the others). Used under the index's lock.
final class SearchLanguages: @unchecked Sendable {
    var document = ""
    var query: [String] = []
    private var stemmers: [String: Stemmer?] = [:]
    /// Words already stemmed, by language: natural text repeats its words.
    private var cache: [String: [[UInt8]: [UInt8]]] = [:]
    /// Words with other letters than ASCII's, already folded.
    private var folded: [[UInt8]: [UInt8]] = [:]
    private static let cacheLimit = 200_000

    /// `SearchTokenizer.fold(word)`, remembered for words beyond ASCII (folding them is slow).
    func fold(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        if word.allSatisfy({ $0 < 0x80 }) { return SearchTokenizer.fold(word) }
        let key = Array(word)
        if let known = folded[key] { return known }
        let result = SearchTokenizer.fold(word)
        if folded.count >= Self.cacheLimit { folded = [:] }
        folded[key] = result
        return result
    }

    /// A language's code as the index keeps it: the primary subtag, lowercased (`fr-CA` → `fr`).
    static func code(_ language: String) -> String {
        String(language.lowercased().prefix { $0 != "-" && $0 != "_" }.filter { $0.isASCII && $0.isLetter }.prefix(8))
    }

    /// `word` (folded) stemmed in `language`; the word itself where Snowball has no stemmer, for numbers and short words.
    func stem(_ word: [UInt8], in language: String) -> [UInt8] {
        guard word.count > 2, !word.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return word }
        if let known = cache[language]?[word] { return known }
        let stemmer: Stemmer?
        if let made = stemmers[language] {
            stemmer = made
        } else {
            stemmer = Stemmer(language: language)
            stemmers[language] = stemmer
        }
        guard let stemmer else { return word }
        let stem = stemmer.stem(word)
        if cache[language, default: [:]].count >= Self.cacheLimit { cache[language] = [:] }
        cache[language, default: [:]][word] = stem
        return stem
    }
}
