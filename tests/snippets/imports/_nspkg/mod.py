name = __name__
package = __package__
