import CStemmer

/// A Snowball stemmer (libstemmer) for one language, on UTF-8 words. Not for use by two threads at once.
final class Stemmer {
    private let stemmer: OpaquePointer

    /// The stemmer of a BCP 47 language (`fr`, `en-GB`: its primary subtag), or nil when Snowball has none.
    init?(language: String) {
        let code = SearchLanguages.code(language)
        guard !code.isEmpty, let stemmer = sb_stemmer_new(code, "UTF_8") else { return nil }
        self.stemmer = stemmer
    }

    deinit {
        sb_stemmer_delete(stemmer)
    }

    /// The stem of `word` (lowercase UTF-8), or the word itself when Snowball cannot stem it.
    func stem(_ word: [UInt8]) -> [UInt8] {
        word.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let result = sb_stemmer_stem(stemmer, base, Int32(buffer.count)) else { return word }
            let count = Int(sb_stemmer_length(stemmer))
            return count > 0 ? Array(UnsafeBufferPointer(start: result, count: count)) : word
        }
    }
}
