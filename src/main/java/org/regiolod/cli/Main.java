package org.regiolod.cli;
public class Main { public static void main(String[] a) {} }
