import Foundation
import PlanetCore

/// Which build of planet is running: the size, modification time and inode of its executable. Files a
/// different build made are never taken as unchanged, since its templates or code may differ.
enum ToolIdentity {
    static let current: UInt64 = {
        var fingerprint = Fingerprint()
        var status = stat()
        if stat("/proc/self/exe", &status) == 0 {
            fingerprint.combine(status: status)
        } else {
            fingerprint.combine(CommandLine.arguments.first ?? "")
        }
        return fingerprint.value
    }()
}
