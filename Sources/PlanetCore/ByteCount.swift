/// Sizes as people read them, in binary units: `812 bytes`, `16 KiB`, `5.3 MiB`, the same on every machine
/// (a `.` before the one decimal, whatever the locale).
public enum ByteCount {
    /// A whole number of units when the size is one (`4 MiB`), else one decimal, rounded down, so that a size
    /// just over a limit never reads as the limit (`4.0 MiB` for 4 MiB and 1 byte).
    public static func text(_ bytes: Int) -> String {
        let units = ["KiB", "MiB", "GiB", "TiB"]
        guard bytes >= 1024 else { return "\(bytes) byte\(bytes == 1 ? "" : "s")" }
        var unit = 1024
        var index = 0
        while index + 1 < units.count, bytes / unit >= 1024 {
            unit *= 1024
            index += 1
        }
        if bytes % unit == 0 { return "\(bytes / unit) \(units[index])" }
        let tenths = bytes / (unit / 10) // rounded down; `unit / 10` is exact enough for one decimal
        return "\(tenths / 10).\(tenths % 10) \(units[index])"
    }
}
