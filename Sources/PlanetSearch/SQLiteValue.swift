/// A value bound to a statement's parameter.
enum SQLiteValue {
    case integer(Int)
    case text(String)
    case null
}
