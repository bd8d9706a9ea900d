/// Holds a value until the process exits: a command that ends right after a build skips freeing the
/// site's values one by one, which would only add time (compilers skip it the same way).
public final class KeptUntilExit<Value> {
    private let value: Value

    private init(_ value: Value) { self.value = value }

    public static func keep(_ value: Value) {
        _ = Unmanaged.passRetained(KeptUntilExit(value))
    }
}
