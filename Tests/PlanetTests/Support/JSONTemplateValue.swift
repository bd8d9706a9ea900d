import PlanetTemplate

/// JSON decoded into a `TemplateValue`: null, booleans, integers (then other numbers as doubles), strings,
/// arrays and objects.
struct JSONTemplateValue: Decodable {
    let value: TemplateValue

    init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var items: [TemplateValue] = []
            while !array.isAtEnd { items.append(try array.decode(JSONTemplateValue.self).value) }
            value = .list(items)
            return
        }
        if let object = try? decoder.container(keyedBy: JSONKey.self) {
            let keys = object.allKeys.sorted { $0.stringValue < $1.stringValue }
            value = .object(TemplateObject(try keys.map { ($0.stringValue, try object.decode(JSONTemplateValue.self, forKey: $0).value) }))
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            value = .null
        } else if let flag = try? single.decode(Bool.self) {
            value = .bool(flag)
        } else if let number = try? single.decode(Int.self) {
            value = .int(number)
        } else if let number = try? single.decode(Double.self) {
            value = .double(number)
        } else {
            value = .string(try single.decode(String.self))
        }
    }

    private struct JSONKey: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }
}
