/// A compile error before it is located: the byte offset of the offending tag in the source, and the problem.
struct TemplateSyntaxError: Error {
    let offset: Int
    let problem: String
}
