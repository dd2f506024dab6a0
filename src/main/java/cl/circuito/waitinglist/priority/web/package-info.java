/** Pages and API of the priority guide: the assessment form, its history and print, instruments and settings. */
package cl.circuito.waitinglist.priority.web;
