package vn.socongvu.storage;

/** Where the data lives: the embedded H2 file of one PC (the default), or a shared PostgreSQL server. */
public enum Engine { H2, POSTGRESQL }
