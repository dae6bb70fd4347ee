! An example gradlab plugin in Fortran 2008 with iso_c_binding: the chained
! Rosenbrock function and the sphere, exactly as functions/classic/ defines
! them. docs/plugins.md explains each declaration. Build it alone with
!
!   mkdir -p build/fortran-modules
!   gfortran -O2 -Wall -Wno-unused-dummy-argument -fPIC -shared -J build/fortran-modules \
!       -o libgradlab_example_plugin_fortran.so examples/plugins/fortran/example_plugin.f90
!
! (-J sends the gradlab_example_plugin.mod file gfortran writes for the module
! to that directory instead of the current one.)
!
! Fortran cannot initialise a C pointer at compile time, so the table is
! filled in by the entry function. gradlab calls it while loading configs,
! before any gradient call, and every call stores the same values.
module gradlab_example_plugin
  use, intrinsic :: iso_c_binding
  implicit none
  private
  public :: gradlab_plugin_entry_v1

  ! struct gradlab_plugin_v1, member for member. Fortran has no unsigned
  ! integers: uint32_t travels as c_int32_t with the same bits.
  type, bind(c) :: gradlab_plugin_v1
    integer(c_int32_t) :: abi_version
    integer(c_int32_t) :: flags
    type(c_ptr) :: name
    type(c_ptr) :: version
    type(c_ptr) :: problems
    type(c_funptr) :: init
    type(c_funptr) :: finalize
    type(c_funptr) :: gradient
  end type gradlab_plugin_v1

  integer(c_int32_t), parameter :: abi_version_1 = 1
  integer(c_int32_t), parameter :: thread_safe = 1
  integer(c_int32_t), parameter :: rosenbrock_index = 0, sphere_index = 1

  character(kind=c_char, len=16), target, save :: plugin_name = c_char_"example-fortran"//c_null_char
  character(kind=c_char, len=6), target, save :: plugin_version = c_char_"1.0.0"//c_null_char
  character(kind=c_char, len=11), target, save :: rosenbrock_name = c_char_"rosenbrock"//c_null_char
  character(kind=c_char, len=7), target, save :: sphere_name = c_char_"sphere"//c_null_char
  type(c_ptr), target, save :: problems(3)
  type(gradlab_plugin_v1), target, save :: table

contains

  function gradlab_plugin_entry_v1() bind(c, name="gradlab_plugin_entry_v1") result(entry)
    type(c_ptr) :: entry
    problems(1) = c_loc(rosenbrock_name)
    problems(2) = c_loc(sphere_name)
    problems(3) = c_null_ptr
    table%abi_version = abi_version_1
    table%flags = thread_safe
    table%name = c_loc(plugin_name)
    table%version = c_loc(plugin_version)
    table%problems = c_loc(problems)
    table%init = c_null_funptr
    table%finalize = c_null_funptr
    table%gradient = c_funloc(gradient)
    entry = c_loc(table)
  end function gradlab_plugin_entry_v1

  ! int32_t gradient(void* context, const char* problem, int32_t problem_index,
  !                  int64_t n, const double* x, double* g, char* error, size_t error_size)
  ! The C signature fixes the arguments; this plugin switches on the index and
  ! needs neither the context nor the name.
  function gradient(context, problem, problem_index, n, x, g, error, error_size) &
      bind(c, name="gradlab_example_fortran_gradient") result(status)
    type(c_ptr), value :: context
    type(c_ptr), value :: problem
    integer(c_int32_t), value :: problem_index
    integer(c_int64_t), value :: n
    real(c_double), intent(in) :: x(n)
    real(c_double), intent(out) :: g(n)
    character(kind=c_char), intent(inout) :: error(*)
    integer(c_size_t), value :: error_size
    integer(c_int32_t) :: status
    integer(c_int64_t) :: i
    real(c_double) :: a

    select case (problem_index)
    case (rosenbrock_index)
      ! f = sum_{i<n} 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2
      g = 0.0_c_double
      do i = 1, n - 1
        a = x(i + 1) - x(i) * x(i)
        g(i) = g(i) + (-400.0_c_double * x(i) * a - 2.0_c_double * (1.0_c_double - x(i)))
        g(i + 1) = g(i + 1) + 200.0_c_double * a
      end do
      status = 0
    case (sphere_index)
      g = 2.0_c_double * x
      status = 0
    case default
      call set_error(error, error_size, "unknown problem index")
      status = 1
    end select
  end function gradient

  ! Copies text into gradlab's buffer with a terminating NUL, truncating.
  subroutine set_error(error, error_size, text)
    character(kind=c_char), intent(inout) :: error(*)
    integer(c_size_t), intent(in) :: error_size
    character(len=*), intent(in) :: text
    integer :: i, length
    length = int(min(int(len(text), c_size_t), error_size - 1))
    do i = 1, length
      error(i) = text(i:i)
    end do
    error(length + 1) = c_null_char
  end subroutine set_error

end module gradlab_example_plugin
