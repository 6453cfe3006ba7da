# worklog in a container, for CI systems that run images:
#
#   docker build -t worklog .
#   docker run --rm -v "$PWD:/work" worklog lint .
#
# The build stage compiles a release binary with the Swift standard library linked statically;
# the run stage is a slim Debian with that one file, no Swift toolchain.
ARG SWIFT_IMAGE=swift:6.1-bookworm
ARG RUN_IMAGE=debian:bookworm-slim

FROM ${SWIFT_IMAGE} AS build
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --product worklog --static-swift-stdlib \
 && install -D -m 755 "$(swift build -c release --show-bin-path)/worklog" /out/worklog \
 && env -i /out/worklog --version

FROM ${RUN_IMAGE}
COPY --from=build /out/worklog /usr/local/bin/worklog
WORKDIR /work
ENTRYPOINT ["worklog"]
CMD ["lint", "."]
