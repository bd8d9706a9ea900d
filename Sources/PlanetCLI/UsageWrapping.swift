import Foundation

/// The argument parser wraps help text to the terminal but leaves the usage synopsis on one line, however
/// long; this wraps it too, between its elements, under its first element.
public enum UsageWrapping {
    /// `text` with each `USAGE: ` or `Usage: ` line longer than `width` wrapped, continued 7 columns in.
    public static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.count > width, line.hasPrefix("USAGE: ") || line.hasPrefix("Usage: ") else { return String(line) }
            return wrapped(line, width: width)
        }.joined(separator: "\n")
    }

    /// The terminal's width, as the argument parser sees it: `COLUMNS`, else what standard output's terminal
    /// reports, else 80.
    public static func terminalWidth(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// `line` cut between the elements of its synopsis: spaces inside `[...]` or `<...>` do not separate.
    private static func wrapped(_ line: Substring, width: Int) -> String {
        let indent = String(repeating: " ", count: 7)
        var elements: [Substring] = []
        var depth = 0
        var start = line.startIndex
        for index in line.indices {
            switch line[index] {
            case "[", "<": depth += 1
            case "]", ">": depth = max(0, depth - 1)
            case " " where depth == 0:
                if start < index { elements.append(line[start..<index]) }
                start = line.index(after: index)
            default: break
            }
        }
        if start < line.endIndex { elements.append(line[start...]) }
        var lines: [String] = []
        var current = ""
        for element in elements {
            if current.isEmpty {
                current = String(element)
            } else if current.count + 1 + element.count > width {
                lines.append(current)
                current = indent + element
            } else {
                current += " " + element
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
