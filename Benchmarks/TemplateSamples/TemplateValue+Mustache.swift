import Foundation
import PlanetTemplate

extension TemplateValue {
    /// The value as swift-mustache reads it: objects as `[String: Any]`, lists as `[Any]`, null as `NSNull`.
    public var swiftMustacheValue: Any {
        switch self {
        case .null: NSNull()
        case .bool(let flag): flag
        case .int(let number): number
        case .double(let number): number
        case .string(let string): string
        case .list(let items): items.map(\.swiftMustacheValue)
        case .object(let object): Dictionary(uniqueKeysWithValues: object.keys.map { ($0, object[$0]!.swiftMustacheValue) })
        }
    }
}
