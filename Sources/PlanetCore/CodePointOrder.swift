/// Orders strings by Unicode code points: the same on every machine, whatever its locale.
public func codePointOrder(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
}
