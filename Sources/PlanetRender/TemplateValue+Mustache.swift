import Foundation
import PlanetTemplate

/// The bridge to swift-mustache, to delete when the compiled renderer renders `TemplateValue` itself.
extension TemplateValue {
    /// What swift-mustache renders: mappings, lists, strings, numbers and booleans; `NSNull` for null.
    var mustacheValue: Any {
        switch self {
        case .null: NSNull()
        case .bool(let value): value
        case .int(let value): value
        case .double(let value): value
        case .string(let value): value
        case .list(let elements): elements.map(\.mustacheValue)
        case .object(let object): object.values.mapValues(\.mustacheValue)
        }
    }
}
