import Foundation

/// Bytes this thread has read through read(2) and friends (`rchar` in /proc/thread-self/io),
/// or `nil` where the kernel does not say. A synchronous lint runs on the calling thread.
enum HostileThreadInputCounter {
    static func bytesRead() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/thread-self/io", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("rchar:") {
            return Int(line.dropFirst("rchar:".count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
