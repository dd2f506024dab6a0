/**
 * Web pieces shared by several capabilities: what a page or the API does when the RUT typed is registered with other
 * names (the referral in entry, the existing case in admission).
 */
package cl.circuito.waitinglist.web;
