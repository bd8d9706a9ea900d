/// A weekly letter in the letters' index.
struct LetterListing: Encodable, Hashable, Sendable {
    var title: String
    var url: String
    var startISO: String
    var postCountLabel: String
}
