package org.regiolod.bench;

/** A server's start-up (process start to first 200 answer) and resident memory, or why not measured. */
public record StartupRow(String size, String server, String command, Double startupSeconds,
                         Double rssAtRestMiB, Double rssUnderLoadMiB, String na) {}
