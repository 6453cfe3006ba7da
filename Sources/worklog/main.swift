import WorklogCLI

#if canImport(Glibc)
  import Glibc
#endif

// A closed pipe (`worklog parse | head`) ends output quietly instead of killing the process.
signal(SIGPIPE, SIG_IGN)
let status = CLI.run(Array(CommandLine.arguments.dropFirst()), Environment.process())
exit(status.rawValue)
