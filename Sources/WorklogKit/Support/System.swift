#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every call the package makes to the operating system, in one place: the rest of the code
/// imports neither Glibc nor Darwin.
///
/// Written for Linux (Glibc) and macOS (Darwin); the two differ here only in how the process's
/// environment is reached (`environ` against `_NSGetEnviron()`), and the names used elsewhere
/// are the POSIX ones both declare.
package enum System {
  // MARK: Errors

  /// The error number of the last failed call.
  package static var errorNumber: Int32 { errno }

  /// The system's words for an error number.
  package static func errorText(_ number: Int32) -> String { String(cString: strerror(number)) }

  /// The error numbers the package tells apart.
  package enum Error {
    package static let interrupted = EINTR
    package static let wouldBlock = EAGAIN
    package static let inputOutput = EIO
    package static let brokenPipe = EPIPE
    package static let noSpace = ENOSPC
    package static let badDescriptor = EBADF
    package static let noEntry = ENOENT
    package static let accessDenied = EACCES
    package static let notADirectory = ENOTDIR
    package static let linkLoop = ELOOP
  }

  // MARK: Files

  /// What `stat` says of a path or an open file.
  package struct FileStatus: Sendable {
    package var kind: Kind
    /// The device and inode, together an identity for the file however it is reached.
    package var device: UInt64
    package var inode: UInt64
    package var size: Int
    /// The permission bits (`0o7777` of `st_mode`), and the owner and group.
    package var permissions: UInt32
    package var owner: UInt32
    package var group: UInt32

    /// The file types the package tells apart.
    package enum Kind: Sendable { case regular, directory, fifo, symbolicLink, other }

    init(_ st: stat) {
      switch st.st_mode & S_IFMT {
      case S_IFREG: kind = .regular
      case S_IFDIR: kind = .directory
      case S_IFIFO: kind = .fifo
      case S_IFLNK: kind = .symbolicLink
      default: kind = .other
      }
      device = UInt64(truncatingIfNeeded: st.st_dev)
      inode = UInt64(truncatingIfNeeded: st.st_ino)
      size = Int(truncatingIfNeeded: st.st_size)
      permissions = UInt32(truncatingIfNeeded: st.st_mode & 0o7777)
      owner = UInt32(truncatingIfNeeded: st.st_uid)
      group = UInt32(truncatingIfNeeded: st.st_gid)
    }
  }

  /// The status of what `path` names; `followingLinks: false` describes a link itself (`lstat`).
  package static func status(_ path: UnsafePointer<CChar>, followingLinks: Bool = true) -> FileStatus? {
    var st = stat()
    let result = followingLinks ? stat(path, &st) : lstat(path, &st)
    return result == 0 ? FileStatus(st) : nil
  }

  /// The status of an open file.
  package static func status(descriptor fd: Int32) -> FileStatus? {
    var st = stat()
    return fstat(fd, &st) == 0 ? FileStatus(st) : nil
  }

  // MARK: Writing (worklog fix)

  /// Whether this process may write `path` (`access(2)`; root may write anything).
  package static func isWritable(_ path: UnsafePointer<CChar>) -> Bool { access(path, W_OK) == 0 }

  /// Whether the process runs as root (which keeps a replaced file's owner).
  package static var isRoot: Bool { getuid() == 0 }

  /// Creates and opens a new file from `template` (ending `XXXXXX`, NUL-terminated; rewritten
  /// with the name chosen); -1 on failure.
  package static func makeTemporaryFile(_ template: inout [CChar]) -> Int32 { mkstemp(&template) }

  /// Gives an open file the permission bits, owner and group of `status` (the owner only as root).
  package static func copyMode(of status: FileStatus, to fd: Int32) {
    _ = fchmod(fd, mode_t(status.permissions))
    if isRoot { _ = fchown(fd, uid_t(status.owner), gid_t(status.group)) }
  }

  /// `fsync(2)`: whether the file's bytes reached the disk.
  package static func synchronize(_ fd: Int32) -> Bool { fsync(fd) == 0 }

  /// `fsync(2)` of a folder, so a rename in it reaches the disk; quiet when it cannot be opened.
  package static func synchronizeFolder(_ path: UnsafePointer<CChar>) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return }
    _ = fsync(fd)
    close(fd)
  }

  /// `rename(2)`: whether `from` now has the name `to` (atomically replacing it).
  package static func rename(_ from: UnsafePointer<CChar>, to: UnsafePointer<CChar>) -> Bool {
    renameFile(from, to) == 0
  }

  /// `mkdir(2)` with mode 0777 less the umask: whether the folder was made.
  package static func makeFolder(_ path: UnsafePointer<CChar>) -> Bool { mkdir(path, 0o777) == 0 }

  /// `link(2)`: whether `to` now names the file `from` names; fails when `to` exists.
  package static func link(_ from: UnsafePointer<CChar>, to: UnsafePointer<CChar>) -> Bool {
    linkFile(from, to) == 0
  }

  /// Gives an open new file the mode a file created by `open(2)` with 0666 would have.
  package static func giveNewFileMode(_ fd: Int32) {
    let mask = umask(0o022)
    umask(mask)
    _ = fchmod(fd, 0o666 & ~mask)
  }

  /// `unlink(2)`, its result ignored (removing a temporary file that may be gone).
  package static func remove(_ path: UnsafePointer<CChar>) { _ = unlink(path) }

  /// The bytes of the absolute path of `path`, links resolved; nil when it names nothing.
  package static func realPath(_ path: UnsafePointer<CChar>) -> [UInt8]? {
    guard let real = realpath(path, nil) else { return nil }
    defer { free(real) }
    return Array(
      UnsafeBufferPointer(start: UnsafeRawPointer(real).assumingMemoryBound(to: UInt8.self), count: strlen(real)))
  }

  /// The bytes of each name in a directory, `.` and `..` included, in the system's order; nil
  /// (with `errorNumber` set) when it cannot be opened.
  package static func directoryEntries(_ path: UnsafePointer<CChar>) -> [(name: [UInt8], type: EntryType)]? {
    guard let dir = opendir(path) else { return nil }
    defer { closedir(dir) }
    var names: [(name: [UInt8], type: EntryType)] = []
    while let entry = readdir(dir) {
      // `d_name` is 256 bytes on Linux and 1,024 on macOS, NUL-terminated on both.
      let bytes = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: UInt8.self, capacity: 256) {
          Array(UnsafeBufferPointer(start: $0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))))
        }
      }
      names.append((bytes, EntryType(Int32(entry.pointee.d_type))))
    }
    return names
  }

  /// What a directory listing says an entry is (`d_type`), links not followed.
  package enum EntryType: Sendable {
    case regular, directory, symbolicLink, other, unknown

    init(_ type: Int32) {
      switch type {
      case Int32(DT_REG): self = .regular
      case Int32(DT_DIR): self = .directory
      case Int32(DT_LNK): self = .symbolicLink
      case Int32(DT_UNKNOWN): self = .unknown
      default: self = .other
      }
    }
  }

  /// Opens a file for reading without waiting (a FIFO, a device) and without becoming its
  /// controlling terminal; -1 on failure.
  package static func openForReading(_ path: UnsafePointer<CChar>) -> Int32 {
    open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY)
  }

  /// Opens a path read-only (`/dev/null`); -1 on failure.
  package static func openReadOnly(_ path: UnsafePointer<CChar>) -> Int32 { open(path, O_RDONLY) }

  /// Closes a descriptor.
  package static func close(_ fd: Int32) { _ = closeDescriptor(fd) }

  /// `read(2)`: the bytes read into `buffer`, 0 at the end, -1 on failure.
  package static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
    readDescriptor(fd, buffer.baseAddress, buffer.count)
  }

  /// `write(2)`: the bytes written from `buffer`, -1 on failure.
  package static func write(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int {
    writeDescriptor(fd, buffer.baseAddress, buffer.count)
  }

  /// Whether a descriptor is open.
  package static func isOpen(_ fd: Int32) -> Bool { fcntl(fd, F_GETFD) >= 0 }

  /// Makes `target` a copy of `fd`.
  package static func duplicate(_ fd: Int32, onto target: Int32) { _ = dup2(fd, target) }

  /// Whether a descriptor is a terminal.
  package static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

  /// The process's current folder; nil when it cannot be named.
  package static func currentDirectory() -> [UInt8]? {
    guard let cwd = getcwd(nil, 0) else { return nil }
    defer { free(cwd) }
    return Array(
      UnsafeBufferPointer(start: UnsafeRawPointer(cwd).assumingMemoryBound(to: UInt8.self), count: strlen(cwd)))
  }

  // MARK: Memory

  /// The offset of the first `byte` in `count` bytes from `base` (`memchr`), or nil.
  package static func firstOffset(of byte: UInt8, in base: UnsafeRawPointer, count: Int) -> Int? {
    guard let hit = memchr(base, Int32(byte), count) else { return nil }
    return UnsafeRawPointer(hit) - base
  }

  // MARK: Locks

  /// A pthread mutex on the heap, for `Mutex`.
  package typealias MutexHandle = UnsafeMutablePointer<pthread_mutex_t>

  /// A new, unlocked mutex; `destroyMutex` frees it.
  package static func makeMutex() -> MutexHandle {
    let mutex = MutexHandle.allocate(capacity: 1)
    mutex.initialize(to: pthread_mutex_t())
    pthread_mutex_init(mutex, nil)
    return mutex
  }

  package static func destroyMutex(_ mutex: MutexHandle) {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  package static func lock(_ mutex: MutexHandle) { pthread_mutex_lock(mutex) }
  package static func unlock(_ mutex: MutexHandle) { pthread_mutex_unlock(mutex) }

  // MARK: Process

  /// The process's environment variables.
  package static func environmentVariables() -> [String: String] {
    var vars: [String: String] = [:]
    #if canImport(Darwin)
      // macOS declares no `environ` for Swift; this is its documented way to the same array.
      guard var p = _NSGetEnviron()?.pointee else { return vars }
    #else
      var p = environ
    #endif
    while let entry = p.pointee {
      // By bytes when the first `=` has ASCII neighbours, so it is a character of its own (the
      // first `=` character) and decoding each side repairs it as decoding the whole does.
      let bytes = UnsafeBufferPointer(
        start: UnsafeRawPointer(entry).assumingMemoryBound(to: UInt8.self), count: strlen(entry))
      if let eq = bytes.firstIndex(of: 0x3D), eq == 0 || bytes[eq - 1] < 0x80,
        eq + 1 == bytes.count || bytes[eq + 1] < 0x80
      {
        vars[String(decoding: UnsafeBufferPointer(rebasing: bytes[..<eq]), as: UTF8.self)] = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[(eq + 1)...]), as: UTF8.self)
      } else {
        let s = String(cString: entry)
        if let eq = s.firstIndex(of: "=") { vars[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
      }
      p += 1
    }
    return vars
  }

  /// Today's date in the machine's local time zone (`time` and `localtime_r`).
  package static func localToday() -> CalendarDate {
    var now = time(nil)
    var parts = tm()
    guard localtime_r(&now, &parts) != nil,
      let date = CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    else { return CalendarDate(dayNumber: Int(now) / 86_400) }
    return date
  }

  /// The number of processors online; at least 1.
  package static func processorCount() -> Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

  /// Ignores SIGPIPE, so a write to a closed pipe fails with EPIPE instead of ending the process.
  package static func ignoreBrokenPipes() { _ = signal(SIGPIPE, SIG_IGN) }

  /// Ends the process by SIGPIPE, the way a writer to a closed pipe conventionally ends.
  package static func endByBrokenPipe() -> Never {
    _ = signal(SIGPIPE, SIG_DFL)
    _ = raise(SIGPIPE)
    _exit(128 + SIGPIPE)
  }

  /// Ends the process at once with `status`, without running exit handlers or flushing.
  package static func endNow(_ status: Int32) -> Never { _exit(status) }

  /// Ends the process with `status` (`exit(3)`).
  package static func exit(_ status: Int32) -> Never {
    #if canImport(Glibc)
      Glibc.exit(status)
    #else
      Darwin.exit(status)
    #endif
  }
}

// The C calls whose names the enum's own methods shadow.
private func closeDescriptor(_ fd: Int32) -> Int32 { close(fd) }
private func readDescriptor(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}
private func writeDescriptor(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }

/// `rename(2)`, named apart from `System.rename`.
private func linkFile(_ from: UnsafePointer<CChar>, _ to: UnsafePointer<CChar>) -> Int32 { link(from, to) }
private func renameFile(_ from: UnsafePointer<CChar>, _ to: UnsafePointer<CChar>) -> Int32 {
  rename(from, to)
}
