/// A system call that set up a hostile input failed (the test cannot run as intended).
enum HostileScratchError: Error {
    case system(String, Int32)
}
