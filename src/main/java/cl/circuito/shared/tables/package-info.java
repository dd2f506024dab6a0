/**
 * Reading the tables people keep outside Circuito (a program's waiting list, the network's programs and staff)
 * from the files they save them as: Excel's xlsx, or the CSV Excel writes with Chilean settings. What each
 * column means belongs to the capability that imports it; this package only turns a file into numbered rows of
 * text, finds the header row, and reads the values people write in cells (dates in every spelling, yes/no).
 */
package cl.circuito.shared.tables;
