# worklog: build and install a release binary that runs without a Swift toolchain.
#
#   make                 build .build/release/worklog (the Swift standard library linked in)
#   make install         install it under PREFIX (default /usr/local), with completions and man page
#   make uninstall       remove what install put there
#
# PREFIX and DESTDIR work as usual: `make install PREFIX=$HOME/.local`,
# `make install DESTDIR=/tmp/stage` (packaging).

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man/man1
BASHDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHDIR ?= $(PREFIX)/share/zsh/site-functions
FISHDIR ?= $(PREFIX)/share/fish/vendor_completions.d

SWIFT ?= swift
SWIFT_FLAGS ?= -c release --product worklog --static-swift-stdlib
INSTALL ?= install
BIN := .build/release/worklog

.PHONY: all build install uninstall

all: build

build:
	$(SWIFT) build $(SWIFT_FLAGS)

# The completions and the man page come from the binary itself (`worklog completions SHELL`,
# `worklog help --man`), so they match its options; one it cannot write is skipped with a note
# (a man page must be roff, starting with `.`: a binary without --man prints plain help).
install: build
	$(INSTALL) -d "$(DESTDIR)$(BINDIR)"
	$(INSTALL) -m 755 "$(BIN)" "$(DESTDIR)$(BINDIR)/worklog"
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	extra() { \
	  if "$(BIN)" $$1 $$2 > "$$tmp/out" 2>/dev/null && [ -s "$$tmp/out" ] && \
	    { [ "$$1" != help ] || [ "$$(head -c 1 "$$tmp/out")" = . ]; }; then \
	    $(INSTALL) -d "$(DESTDIR)$$3" && $(INSTALL) -m 644 "$$tmp/out" "$(DESTDIR)$$3/$$4" && \
	    echo "installed $(DESTDIR)$$3/$$4"; \
	  else \
	    echo "note: 'worklog $$1 $$2' failed; $$4 not installed"; \
	  fi; \
	}; \
	extra completions bash "$(BASHDIR)" worklog; \
	extra completions zsh "$(ZSHDIR)" _worklog; \
	extra completions fish "$(FISHDIR)" worklog.fish; \
	extra help --man "$(MANDIR)" worklog.1
	@echo "installed $(DESTDIR)$(BINDIR)/worklog"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/worklog" "$(DESTDIR)$(MANDIR)/worklog.1" \
	  "$(DESTDIR)$(BASHDIR)/worklog" "$(DESTDIR)$(ZSHDIR)/_worklog" "$(DESTDIR)$(FISHDIR)/worklog.fish"
