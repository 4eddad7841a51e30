/**
 * Demo mode ({@code schemaboard.demo=true}): demo accounts and the demo design, created at first start so a new user
 * signs in and sees a real design.
 */
package org.schemaboard.demo;
