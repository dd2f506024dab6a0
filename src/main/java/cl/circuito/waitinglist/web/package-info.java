/**
 * Web pieces shared by several capabilities: how a form types a child and what a page or the API does when the RUT
 * is registered with other names (the referral in entry, the existing case in admission).
 */
package cl.circuito.waitinglist.web;
