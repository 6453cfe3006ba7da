import WorklogCLI

// A closed pipe (`worklog parse | head`) ends output quietly instead of killing the process.
Environment.prepareProcess()
let status = CLI.run(Array(CommandLine.arguments.dropFirst()), Environment.process())
Environment.exit(status)
